package org.onewindow.catalog.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogContent;
import org.onewindow.catalog.HallService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.catalog.Synonym;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Catalog versions and their documents in PostgreSQL.
 */
@Repository
public class CatalogRepository {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final JsonMapper json;

	CatalogRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = JsonMapper.builder().build();
	}

	public Optional<CatalogVersion> draft() {
		return jdbc.sql("select * from cat_version where status = 'DRAFT'").query(CatalogRepository::version).optional();
	}

	public CatalogVersion createDraft() {
		return jdbc.sql("insert into cat_version (status) values ('DRAFT') returning *")
			.query(CatalogRepository::version)
			.single();
	}

	public Optional<CatalogVersion> latestPublished() {
		return jdbc.sql("select * from cat_version where status = 'PUBLISHED' order by number desc limit 1")
			.query(CatalogRepository::version)
			.optional();
	}

	public Optional<CatalogVersion> published(int number) {
		return jdbc.sql("select * from cat_version where number = :number")
			.param("number", number)
			.query(CatalogRepository::version)
			.optional();
	}

	public List<CatalogVersion> versions() {
		return jdbc.sql("select * from cat_version order by number desc nulls first")
			.query(CatalogRepository::version)
			.list();
	}

	/** Copies the draft into a new published version and returns it; the draft stays for further editing. */
	public CatalogVersion publish(long draftId, String by, String note, Instant at) {
		var version = jdbc.sql("""
				insert into cat_version (number, status, published_at, published_by, note)
				select coalesce(max(number), 0) + 1, 'PUBLISHED', :at, :by, :note from cat_version
				returning *
				""")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("note", note)
			.query(CatalogRepository::version)
			.single();
		for (String table : List.of("cat_item", "cat_situation", "cat_bundle", "cat_synonym", "cat_hall_service")) {
			String columns = columns(table);
			template.update("insert into " + table + " (version_id, " + columns + ") select ?, " + columns + " from "
					+ table + " where version_id = ?", version.id(), draftId);
		}
		return version;
	}

	private static String columns(String table) {
		return switch (table) {
			case "cat_item" -> "code, department, volume, name, doc";
			case "cat_situation" -> "code, item_code, name, position, doc";
			case "cat_bundle", "cat_hall_service" -> "code, name, doc";
			case "cat_synonym" -> "position, term, doc";
			default -> throw new IllegalArgumentException(table);
		};
	}

	/** Replaces everything a version says (a draft being loaded or imported). */
	public void replaceContent(long versionId, CatalogContent content) {
		for (String table : List.of("cat_item", "cat_situation", "cat_bundle", "cat_synonym", "cat_hall_service")) {
			template.update("delete from " + table + " where version_id = ?", versionId);
		}
		batch("insert into cat_item (version_id, code, department, volume, name, doc) values (?, ?, ?, ?, ?, ?::jsonb)",
				content.items().stream()
					.map(item -> new Object[] { versionId, item.code(), item.department(), item.volume().name(),
							item.name(), json.writeValueAsString(item) })
					.toList());
		var situations = new ArrayList<Object[]>();
		for (int i = 0; i < content.situations().size(); i++) {
			Situation situation = content.situations().get(i);
			situations.add(new Object[] { versionId, situation.code(), situation.itemCode(), situation.name(), i,
					json.writeValueAsString(situation) });
		}
		batch("insert into cat_situation (version_id, code, item_code, name, position, doc) values (?, ?, ?, ?, ?, ?::jsonb)",
				situations);
		batch("insert into cat_bundle (version_id, code, name, doc) values (?, ?, ?, ?::jsonb)",
				content.bundles().stream()
					.map(bundle -> new Object[] { versionId, bundle.code(), bundle.name(), json.writeValueAsString(bundle) })
					.toList());
		var synonyms = new ArrayList<Object[]>();
		for (int i = 0; i < content.synonyms().size(); i++) {
			Synonym synonym = content.synonyms().get(i);
			synonyms.add(new Object[] { versionId, i, synonym.term(), json.writeValueAsString(synonym) });
		}
		batch("insert into cat_synonym (version_id, position, term, doc) values (?, ?, ?, ?::jsonb)", synonyms);
		batch("insert into cat_hall_service (version_id, code, name, doc) values (?, ?, ?, ?::jsonb)",
				content.hallServices().stream()
					.map(service -> new Object[] { versionId, service.code(), service.name(),
							json.writeValueAsString(service) })
					.toList());
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

	public CatalogContent load(long versionId) {
		return new CatalogContent(docs("cat_item", "code", versionId, ServiceItem.class),
				docs("cat_situation", "position", versionId, Situation.class),
				docs("cat_bundle", "code", versionId, Bundle.class),
				docs("cat_synonym", "position", versionId, Synonym.class),
				docs("cat_hall_service", "code", versionId, HallService.class));
	}

	private <T> List<T> docs(String table, String order, long versionId, Class<T> type) {
		return jdbc.sql("select doc from " + table + " where version_id = :id order by " + order)
			.param("id", versionId)
			.query((rs, row) -> json.readValue(rs.getString("doc"), type))
			.list();
	}

	public void saveItem(long versionId, ServiceItem item) {
		jdbc.sql("""
				insert into cat_item (version_id, code, department, volume, name, doc)
				values (:version, :code, :department, :volume, :name, cast(:doc as jsonb))
				on conflict (version_id, code) do update set department = excluded.department, volume = excluded.volume,
				    name = excluded.name, doc = excluded.doc
				""")
			.param("version", versionId)
			.param("code", item.code())
			.param("department", item.department())
			.param("volume", item.volume().name())
			.param("name", item.name())
			.param("doc", json.writeValueAsString(item))
			.update();
	}

	public void saveSituation(long versionId, Situation situation) {
		jdbc.sql("""
				insert into cat_situation (version_id, code, item_code, name, position, doc)
				values (:version, :code, :item, :name,
				        (select coalesce(max(position), -1) + 1 from cat_situation where version_id = :version),
				        cast(:doc as jsonb))
				on conflict (version_id, code) do update set item_code = excluded.item_code, name = excluded.name,
				    doc = excluded.doc
				""")
			.param("version", versionId)
			.param("code", situation.code())
			.param("item", situation.itemCode())
			.param("name", situation.name())
			.param("doc", json.writeValueAsString(situation))
			.update();
	}

	public boolean deleteSituation(long versionId, String code) {
		return jdbc.sql("delete from cat_situation where version_id = :version and code = :code")
			.param("version", versionId)
			.param("code", code)
			.update() == 1;
	}

	/** Deletes an item and its situations; returns whether the item was there. */
	public boolean deleteItem(long versionId, String code) {
		jdbc.sql("delete from cat_situation where version_id = :version and item_code = :code")
			.param("version", versionId)
			.param("code", code)
			.update();
		return jdbc.sql("delete from cat_item where version_id = :version and code = :code")
			.param("version", versionId)
			.param("code", code)
			.update() == 1;
	}

	public void saveBundle(long versionId, Bundle bundle) {
		jdbc.sql("""
				insert into cat_bundle (version_id, code, name, doc) values (:version, :code, :name, cast(:doc as jsonb))
				on conflict (version_id, code) do update set name = excluded.name, doc = excluded.doc
				""")
			.param("version", versionId)
			.param("code", bundle.code())
			.param("name", bundle.name())
			.param("doc", json.writeValueAsString(bundle))
			.update();
	}

	private static CatalogVersion version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp publishedAt = rs.getTimestamp("published_at");
		return new CatalogVersion(rs.getLong("id"), (Integer) rs.getObject("number"), rs.getString("status"),
				rs.getTimestamp("created_at").toInstant(), publishedAt == null ? null : publishedAt.toInstant(),
				rs.getString("published_by"), rs.getString("note"));
	}

	/** A row of {@code cat_version}: the draft has no number. */
	public record CatalogVersion(long id, Integer number, String status, Instant createdAt, Instant publishedAt,
			String publishedBy, String note) {
	}
}
