package org.onewindow.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;

import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogContent;
import org.onewindow.catalog.HallService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.catalog.Synonym;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Catalog versions and their documents in PostgreSQL.
 */
@Repository
public class CatalogRepository {

	/** Rows per round trip when reading documents; about 5 MB of situations. */
	private static final int FETCH_SIZE = 1000;
	/** Documents parsed per task on the parsing thread. */
	private static final int PARSE_CHUNK = 500;

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

	/**
	 * Replaces everything a version says (a draft being loaded or imported). The rows go in with {@code COPY ... FROM
	 * STDIN}, streamed in chunks while the documents are being serialized: a catalog of 100,000 situations is half a
	 * gigabyte of JSON, which row-by-row inserts would take several times longer to store.
	 */
	public void replaceContent(long versionId, CatalogContent content) {
		for (String table : List.of("cat_item", "cat_situation", "cat_bundle", "cat_synonym", "cat_hall_service")) {
			template.update("delete from " + table + " where version_id = ?", versionId);
		}
		template.execute((ConnectionCallback<Void>) connection -> {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			try (var rows = CopyRows.into(copy, "cat_item (version_id, code, department, volume, name, doc)")) {
				for (ServiceItem item : content.items()) {
					rows.number(versionId)
						.text(item.code())
						.text(item.department())
						.text(item.volume().name())
						.text(item.name())
						.json(json.writeValueAsBytes(item))
						.end();
				}
				rows.finish();
			}
			try (var rows = CopyRows.into(copy, "cat_situation (version_id, code, item_code, name, position, doc)")) {
				int position = 0;
				for (Situation situation : content.situations()) {
					rows.number(versionId)
						.text(situation.code())
						.text(situation.itemCode())
						.text(situation.name())
						.number(position++)
						.json(json.writeValueAsBytes(situation))
						.end();
				}
				rows.finish();
			}
			try (var rows = CopyRows.into(copy, "cat_bundle (version_id, code, name, doc)")) {
				for (Bundle bundle : content.bundles()) {
					rows.number(versionId).text(bundle.code()).text(bundle.name()).json(json.writeValueAsBytes(bundle)).end();
				}
				rows.finish();
			}
			try (var rows = CopyRows.into(copy, "cat_synonym (version_id, position, term, doc)")) {
				int position = 0;
				for (Synonym synonym : content.synonyms()) {
					rows.number(versionId)
						.number(position++)
						.text(synonym.term())
						.json(json.writeValueAsBytes(synonym))
						.end();
				}
				rows.finish();
			}
			try (var rows = CopyRows.into(copy, "cat_hall_service (version_id, code, name, doc)")) {
				for (HallService service : content.hallServices()) {
					rows.number(versionId)
						.text(service.code())
						.text(service.name())
						.json(json.writeValueAsBytes(service))
						.end();
				}
				rows.finish();
			}
			return null;
		});
	}

	/**
	 * Everything a version says. The documents are read with a cursor and parsed on another thread while the next
	 * rows arrive (the {@link ForkJoinPool#commonPool() common pool}); read-only transaction so that the cursor works
	 * when no transaction is running.
	 */
	@Transactional(readOnly = true)
	public CatalogContent load(long versionId) {
		return new CatalogContent(docs("cat_item", "code", versionId, ServiceItem.class),
				docs("cat_situation", "position", versionId, Situation.class),
				docs("cat_bundle", "code", versionId, Bundle.class),
				docs("cat_synonym", "position", versionId, Synonym.class),
				docs("cat_hall_service", "code", versionId, HallService.class));
	}

	private <T> List<T> docs(String table, String order, long versionId, Class<T> type) {
		String sql = "select doc from " + table + " where version_id = ? order by " + order;
		return template.query(connection -> {
			var statement = connection.prepareStatement(sql);
			statement.setFetchSize(FETCH_SIZE);
			statement.setLong(1, versionId);
			return statement;
		}, (ResultSetExtractor<List<T>>) rs -> {
			var parsing = new ArrayList<CompletableFuture<List<T>>>();
			var chunk = new ArrayList<byte[]>(PARSE_CHUNK);
			while (rs.next()) {
				chunk.add(rs.getBytes(1));
				if (chunk.size() == PARSE_CHUNK) {
					parsing.add(parse(chunk, type));
					chunk = new ArrayList<>(PARSE_CHUNK);
				}
			}
			if (!chunk.isEmpty()) {
				parsing.add(parse(chunk, type));
			}
			var parsed = new ArrayList<T>();
			for (var part : parsing) {
				try {
					parsed.addAll(part.join());
				}
				catch (CompletionException ex) {
					throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
				}
			}
			return parsed;
		});
	}

	private <T> CompletableFuture<List<T>> parse(List<byte[]> docs, Class<T> type) {
		return CompletableFuture.supplyAsync(() -> docs.stream().map(doc -> json.readValue(doc, type)).toList(),
				ForkJoinPool.commonPool());
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

	private static CatalogVersion version(ResultSet rs, int row) throws SQLException {
		Timestamp publishedAt = rs.getTimestamp("published_at");
		return new CatalogVersion(rs.getLong("id"), (Integer) rs.getObject("number"), rs.getString("status"),
				rs.getTimestamp("created_at").toInstant(), publishedAt == null ? null : publishedAt.toInstant(),
				rs.getString("published_by"), rs.getString("note"));
	}

	/**
	 * Rows for {@code COPY table FROM STDIN} in PostgreSQL's text format, sent to the server in chunks of about 1 MB as
	 * they are written, so that serializing the next rows overlaps with the server storing the previous ones.
	 */
	private static final class CopyRows implements AutoCloseable {

		private static final int CHUNK = 1 << 20;

		private final CopyIn copy;
		private byte[] buffer = new byte[CHUNK + (CHUNK >> 2)];
		private int size;
		private boolean rowStarted;

		private CopyRows(CopyIn copy) {
			this.copy = copy;
		}

		static CopyRows into(CopyManager copy, String tableAndColumns) throws SQLException {
			return new CopyRows(copy.copyIn("copy " + tableAndColumns + " from stdin"));
		}

		CopyRows number(long value) {
			separate();
			append(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
			return this;
		}

		CopyRows text(String value) {
			return json(value.getBytes(StandardCharsets.UTF_8));
		}

		/**
		 * A JSON document or any UTF-8 text: only the bytes of backslash, tab, newline and carriage return need
		 * escaping (no byte of a multi-byte UTF-8 character is below 0x80).
		 */
		CopyRows json(byte[] utf8) {
			separate();
			ensure(utf8.length * 2);
			for (byte b : utf8) {
				switch (b) {
					case '\\' -> {
						buffer[size++] = '\\';
						buffer[size++] = '\\';
					}
					case '\t' -> {
						buffer[size++] = '\\';
						buffer[size++] = 't';
					}
					case '\n' -> {
						buffer[size++] = '\\';
						buffer[size++] = 'n';
					}
					case '\r' -> {
						buffer[size++] = '\\';
						buffer[size++] = 'r';
					}
					default -> buffer[size++] = b;
				}
			}
			return this;
		}

		void end() throws SQLException {
			ensure(1);
			buffer[size++] = '\n';
			rowStarted = false;
			if (size >= CHUNK) {
				flush();
			}
		}

		private void separate() {
			if (rowStarted) {
				ensure(1);
				buffer[size++] = '\t';
			}
			rowStarted = true;
		}

		private void append(byte[] bytes) {
			ensure(bytes.length);
			System.arraycopy(bytes, 0, buffer, size, bytes.length);
			size += bytes.length;
		}

		private void ensure(int more) {
			if (size + more > buffer.length) {
				buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
			}
		}

		private void flush() throws SQLException {
			if (size > 0) {
				copy.writeToCopy(buffer, 0, size);
				size = 0;
			}
		}

		/** Sends the last rows and ends the copy. */
		void finish() throws SQLException {
			flush();
			copy.endCopy();
		}

		/** A copy that was not finished (a row failed on the way) is cancelled: no row of it is stored. */
		@Override
		public void close() throws SQLException {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	/** A row of {@code cat_version}: the draft has no number. */
	public record CatalogVersion(long id, Integer number, String status, Instant createdAt, Instant publishedAt,
			String publishedBy, String note) {
	}
}
