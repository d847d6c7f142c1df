package org.onewindow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.onewindow.OneWindowApplication;
import org.onewindow.catalog.CatalogContent;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.internal.CatalogEditing;
import org.onewindow.catalog.internal.PublishValidation;
import org.onewindow.catalog.internal.SyntheticCatalog;
import org.onewindow.site.DepartmentSummary;
import org.onewindow.site.SiteManagement;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sun.management.OperatingSystemMXBean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Synthetic catalog load (bench/catalog-load/README.md): starts OneWindow without a web server on a fresh embedded
 * database with the demo county, generates a synthetic catalog, loads it as the draft, publishes it and reads the
 * published version back, timing each step through the application's own beans.
 *
 * <p>
 * Arguments: {@code [items] [situationsPerItem] [seed] [--durable]}, default 12500 8 20261121; {@code --durable}
 * runs against a PostgreSQL with {@code fsync} and {@code synchronous_commit} on instead of OneWindow's embedded one.
 */
public final class CatalogLoadBenchmark {

	private CatalogLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var sizes = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
		boolean durable = Arrays.asList(args).contains("--durable");
		int items = sizes.size() > 0 ? Integer.parseInt(sizes.get(0)) : SyntheticCatalog.DEFAULT_ITEMS;
		int situationsPerItem = sizes.size() > 1 ? Integer.parseInt(sizes.get(1))
				: SyntheticCatalog.DEFAULT_SITUATIONS_PER_ITEM;
		long seed = sizes.size() > 2 ? Long.parseLong(sizes.get(2)) : SyntheticCatalog.DEFAULT_SEED;

		var properties = new ArrayList<>(List.of("--spring.main.web-application-type=none",
				"--onewindow.database.ephemeral=true", "--onewindow.demo.enabled=true", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--logging.level.org.onewindow=INFO"));
		long started = System.nanoTime();
		EmbeddedPostgres durableServer = null;
		if (durable) {
			// OneWindow's embedded server runs with zonky's test defaults (fsync=off, synchronous_commit=off); this
			// one flushes like a production server, and OneWindow uses it as an external database
			durableServer = EmbeddedPostgres.builder()
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "200")
				.start();
			try (var connection = durableServer.getPostgresDatabase().getConnection();
					var statement = connection.createStatement()) {
				statement.execute("create database onewindow encoding 'UTF8' template template0");
			}
			properties.add("--spring.datasource.url=" + durableServer.getJdbcUrl("postgres", "onewindow"));
			properties.add("--spring.datasource.username=postgres");
		}
		var application = new SpringApplication(OneWindowApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		int status;
		try (ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new))) {
			long startup = System.nanoTime() - started;
			status = run(context, items, situationsPerItem, seed, startup);
		}
		finally {
			if (durableServer != null) {
				durableServer.close();
			}
		}
		System.exit(status);
	}

	private static int run(ConfigurableApplicationContext context, int items, int situationsPerItem, long seed,
			long startup) {
		var editing = context.getBean(CatalogEditing.class);
		var catalog = context.getBean(CatalogManagement.class);
		var jdbc = context.getBean(JdbcClient.class);
		var departments = context.getBean(SiteManagement.class)
			.departments()
			.stream()
			.map(DepartmentSummary::code)
			.collect(Collectors.toSet());

		System.out.printf(Locale.ROOT, "%nOneWindow synthetic catalog load: %,d items x %d situations, seed %d%n", items,
				situationsPerItem, seed);
		System.out.printf(Locale.ROOT, "JVM %s (%s), %d CPUs, max heap %d MiB; PostgreSQL %s%n",
				System.getProperty("java.version"), System.getProperty("java.vm.name"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				jdbc.sql("show server_version").query(String.class).single());
		System.out.printf(Locale.ROOT, "PostgreSQL fsync=%s synchronous_commit=%s shared_buffers=%s%n",
				setting(jdbc, "fsync"), setting(jdbc, "synchronous_commit"), setting(jdbc, "shared_buffers"));
		System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s%n", "step (seconds)", "wall", "JVM cpu", "PG cpu");
		print("application start (embedded PostgreSQL, demo county)", startup);
		var watch = new Stopwatch(jdbc);

		watch.start();
		CatalogContent content = SyntheticCatalog.generate(items, situationsPerItem, seed);
		long generation = watch.stop("generate");

		watch.start();
		int problems = PublishValidation.check(content, departments).size();
		watch.stop("  (publish validation alone, in memory)");
		if (problems > 0) {
			System.out.println("The synthetic catalog has " + problems + " publish problems");
			return 1;
		}

		watch.start();
		editing.replaceDraft(content);
		long draft = watch.stop("load as draft (CatalogEditing.replaceDraft)");

		watch.start();
		var version = editing.publish("benchmark", "synthetic catalog load benchmark");
		long publish = watch.stop("publish (load draft, validate, copy)");

		watch.start();
		CatalogSnapshot snapshot = catalog.version(version.number());
		long read = watch.stop("read back (CatalogManagement.version(" + version.number() + "))");

		print("loading = draft + publish", draft + publish);
		print("total = generate + draft + publish + read", generation + draft + publish + read);

		// items, bundles and hall services come back ordered by code, situations and synonyms in their order
		var generated = CatalogSnapshot.of(0, content);
		boolean complete = snapshot.itemsByCode().equals(generated.itemsByCode())
				&& snapshot.content().situations().equals(content.situations())
				&& snapshot.bundlesByCode().equals(generated.bundlesByCode())
				&& snapshot.content().synonyms().equals(content.synonyms())
				&& new HashSet<>(snapshot.content().hallServices()).equals(new HashSet<>(content.hallServices()));
		System.out.printf(Locale.ROOT, "published version %d: %,d items, %,d situations, %,d bundles, %,d synonyms, "
				+ "%d hall services; read back equal to the generated catalog: %s%n", version.number(),
				snapshot.content().items().size(), snapshot.content().situations().size(),
				snapshot.content().bundles().size(), snapshot.content().synonyms().size(),
				snapshot.content().hallServices().size(), complete);
		System.out.printf(Locale.ROOT, "stored situations: %s of JSON documents; catalog tables %s on disk; "
				+ "GC time %.1f s%n",
				jdbc.sql("select pg_size_pretty(sum(octet_length(doc::text))) from cat_situation where version_id = :id")
					.param("id", version.id())
					.query(String.class)
					.single(),
				jdbc.sql("""
						select pg_size_pretty(sum(pg_total_relation_size(c.oid))) from pg_class c
						where c.relname in ('cat_item', 'cat_situation', 'cat_bundle', 'cat_synonym', 'cat_hall_service')
						""").query(String.class).single(),
				ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> gc.getCollectionTime()).sum()
						/ 1000.0);
		long limit = Duration.ofSeconds(60).toNanos();
		System.out.println(draft + publish <= limit ? "loading within 60 s: yes" : "loading within 60 s: NO");
		return complete ? 0 : 1;
	}

	private static String setting(JdbcClient jdbc, String name) {
		return jdbc.sql("select current_setting(:name)").param("name", name).query(String.class).single();
	}

	private static long print(String step, long nanos) {
		System.out.printf(Locale.ROOT, "%-52s %8.2f%n", step, nanos / 1e9);
		return nanos;
	}

	/**
	 * Wall time of a step plus the CPU time this JVM and the PostgreSQL server processes spent on it: the machine may
	 * be shared, and CPU seconds tell what the step costs when wall seconds only tell what it took.
	 */
	private static final class Stopwatch {

		private final JdbcClient jdbc;
		private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		private final List<Long> postgresPids;
		private long wall;
		private long jvm;
		private long postgres;

		Stopwatch(JdbcClient jdbc) {
			this.jdbc = jdbc;
			this.postgresPids = jdbc.sql("select pid from pg_stat_activity").query(Long.class).list();
		}

		void start() {
			postgres = postgresCpu();
			jvm = os.getProcessCpuTime();
			wall = System.nanoTime();
		}

		long stop(String step) {
			long elapsed = System.nanoTime() - wall;
			double jvmSeconds = (os.getProcessCpuTime() - jvm) / 1e9;
			double postgresSeconds = (postgresCpu() - postgres) / 1e9;
			System.out.printf(Locale.ROOT, "%-52s %8.2f %8.2f %8.2f%n", step, elapsed / 1e9, jvmSeconds,
					postgresSeconds);
			return elapsed;
		}

		/** utime + stime of the server's processes, from /proc (Linux); 0 elsewhere. */
		private long postgresCpu() {
			long ticks = 0;
			var pids = new java.util.LinkedHashSet<>(postgresPids);
			pids.addAll(jdbc.sql("select pid from pg_stat_activity").query(Long.class).list());
			for (long pid : pids) {
				try {
					String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
				catch (IOException | RuntimeException ex) {
					// the process ended or this is not Linux
				}
			}
			return ticks * 10_000_000L;
		}
	}
}
