package org.onewindow.acceptance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hand-overs of village proxy cases (村代办): the paper materials a village station sends to its town sub-center and
 * the town's receipt. At most one hand-over of a case is open at a time.
 */
@Repository
public class HandoverRepository {

	public record Handover(long id, long caseId, long fromSiteId, long toSiteId, List<String> materials, String note,
			Instant sentAt, long sentBy, Instant receivedAt, Long receivedBy, String discrepancies) {

		public Handover {
			materials = List.copyOf(materials);
		}
	}

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, case_id, from_site_id, to_site_id, materials, note, sent_at, sent_by, received_at, received_by,
			discrepancies""";

	private final JdbcClient jdbc;
	private final JsonMapper json = JsonMapper.builder().build();

	HandoverRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long caseId, long fromSiteId, long toSiteId, List<String> materials, String note, long sentBy,
			Instant now) {
		return jdbc.sql("""
				insert into acc_handover (case_id, from_site_id, to_site_id, materials, note, sent_at, sent_by)
				values (:case, :from, :to, cast(:materials as jsonb), :note, :now, :by) returning id""")
			.param("case", caseId)
			.param("from", fromSiteId)
			.param("to", toSiteId)
			.param("materials", json.writeValueAsString(materials))
			.param("note", note)
			.param("now", Timestamp.from(now))
			.param("by", sentBy)
			.query(Long.class)
			.single();
	}

	Optional<Handover> open(long caseId) {
		return jdbc.sql("select " + COLUMNS + " from acc_handover where case_id = :case and received_at is null")
			.param("case", caseId)
			.query(this::map)
			.optional();
	}

	void receive(long id, long receivedBy, String discrepancies, Instant now) {
		jdbc.sql("""
				update acc_handover set received_at = :now, received_by = :by, discrepancies = :discrepancies
				where id = :id and received_at is null""")
			.param("id", id)
			.param("by", receivedBy)
			.param("discrepancies", discrepancies)
			.param("now", Timestamp.from(now))
			.update();
	}

	List<Handover> ofCase(long caseId) {
		return jdbc.sql("select " + COLUMNS + " from acc_handover where case_id = :case order by sent_at, id")
			.param("case", caseId)
			.query(this::map)
			.list();
	}

	private Handover map(ResultSet rs, int row) throws SQLException {
		Timestamp received = rs.getTimestamp("received_at");
		return new Handover(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("from_site_id"),
				rs.getLong("to_site_id"), json.readValue(rs.getString("materials"), NAMES), rs.getString("note"),
				rs.getTimestamp("sent_at").toInstant(), rs.getLong("sent_by"),
				received == null ? null : received.toInstant(), (Long) rs.getObject("received_by"),
				rs.getString("discrepancies"));
	}
}
