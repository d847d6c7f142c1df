package org.onewindow.staff.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.onewindow.platform.NodeNotifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The staff sessions of PostgreSQL (Spring Session JDBC, the truth shared by all nodes) with a short per-node cache
 * in front (decision 0008): a request of a session this node read less than {@code cacheTtl} ago is served from
 * memory, without reading and deserializing the session again, and its last-access time is written to PostgreSQL
 * at most once per {@code touchInterval}.
 *
 * <p>Every change of a session (login, logout, new attributes, a new id) and every removal (logout, an account
 * disabled or changed, see {@link StaffSessions}) is written to PostgreSQL first and then announced on
 * {@value #CHANNEL}; every node, this one included, drops its copy when the notice arrives. The lifetime of a copy
 * bounds how long a node can miss a notice (e.g. while its listening connection is down; after a reconnect the
 * whole cache is dropped).
 *
 * <p>Times are the system clock's, as Spring Session's own.
 *
 * <p>A request that changes its session (sets or removes an attribute, changes the id) works on the session read
 * from PostgreSQL at that moment, never on the shared copy.
 */
class CachingSessionRepository implements FindByIndexNameSessionRepository<Session> {

	static final String CHANNEL = "onewindow_staff_sessions";

	/** Drops every copy (an account changed: all its sessions are already gone from PostgreSQL). */
	static final String EVERYTHING = "*";

	private final FindByIndexNameSessionRepository<Session> database;
	private final JdbcClient jdbc;
	private final NodeNotifications notifications;
	private final long ttlNanos;
	private final Duration touchInterval;

	private final Map<String, Entry> cache = new ConcurrentHashMap<>();
	/** Increases with every invalidation, so a read that raced with one does not put a stale copy back. */
	private final AtomicLong invalidations = new AtomicLong();

	@SuppressWarnings("unchecked")
	CachingSessionRepository(JdbcIndexedSessionRepository database, JdbcClient jdbc, NodeNotifications notifications,
			Duration cacheTtl, Duration touchInterval) {
		this.database = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) database;
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.ttlNanos = cacheTtl.toNanos();
		this.touchInterval = touchInterval;
		notifications.listen(CHANNEL, this::onNotice, this::evictAll);
	}

	@Override
	public Session createSession() {
		return database.createSession();
	}

	@Override
	public void save(Session session) {
		if (session instanceof CachedSession cached) {
			if (cached.changed != null) {
				database.save(cached.changed);
				changed(cached.id, cached.changed.getId());
			}
			else {
				touchIfDue(cached);
			}
		}
		else {
			database.save(session);
			changed(session.getId());
		}
	}

	@Override
	public Session findById(String id) {
		long now = System.nanoTime();
		var entry = cache.get(id);
		if (entry != null && now - entry.loadedAt < ttlNanos && !entry.expiredAt(Instant.now())) {
			return new CachedSession(entry);
		}
		long generation = invalidations.get();
		Session loaded = database.findById(id);
		if (loaded == null) {
			cache.remove(id);
			return null;
		}
		entry = new Entry(snapshot(loaded), now, loaded.getLastAccessedTime());
		if (invalidations.get() == generation) {
			cache.put(id, entry);
		}
		return new CachedSession(entry);
	}

	@Override
	public void deleteById(String id) {
		database.deleteById(id);
		changed(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return new HashMap<>(database.findByIndexNameAndIndexValue(indexName, indexValue));
	}

	/** How many sessions this node holds in memory (tests, metrics). */
	int cachedSessions() {
		return cache.size();
	}

	/** Drops the copies of these sessions here at once, and on every node once the current transaction commits. */
	void changed(String... ids) {
		for (String id : ids) {
			evict(id);
			notifications.send(CHANNEL, id);
		}
	}

	private void onNotice(String payload) {
		if (EVERYTHING.equals(payload)) {
			evictAll();
		}
		else {
			evict(payload);
		}
	}

	private void evict(String id) {
		invalidations.incrementAndGet();
		cache.remove(id);
	}

	private void evictAll() {
		invalidations.incrementAndGet();
		cache.clear();
	}

	/**
	 * The last-access time goes to PostgreSQL when the one stored there is {@code touchInterval} old, without waiting
	 * for the disk flush (decision 0005). A session removed meanwhile is dropped here too.
	 */
	private void touchIfDue(CachedSession session) {
		var entry = session.entry;
		Instant accessed = session.lastAccessed;
		entry.seen(accessed);
		Instant stored = entry.stored;
		if (Duration.between(stored, accessed).compareTo(touchInterval) < 0 || !entry.claimTouch(stored, accessed)) {
			return;
		}
		int updated = jdbc.sql("""
				update sf_session set last_access_time = :accessed, expiry_time = :expiry
				from (select set_config('synchronous_commit', 'off', true)) as async_commit
				where session_id = :id""")
			.param("accessed", accessed.toEpochMilli())
			.param("expiry", accessed.plus(entry.snapshot.getMaxInactiveInterval()).toEpochMilli())
			.param("id", session.id)
			.update();
		if (updated == 0) {
			evict(session.id);
		}
	}

	private static MapSession snapshot(Session session) {
		var copy = new MapSession(session.getId());
		copy.setCreationTime(session.getCreationTime());
		copy.setLastAccessedTime(session.getLastAccessedTime());
		copy.setMaxInactiveInterval(session.getMaxInactiveInterval());
		for (String name : session.getAttributeNames()) {
			copy.setAttribute(name, session.getAttribute(name));
		}
		return copy;
	}

	/** A session as read from PostgreSQL by this node, shared by the requests that use it (never changed). */
	private static final class Entry {

		private final MapSession snapshot;
		private final long loadedAt;
		/** The last-access time stored in PostgreSQL (as far as this node knows). */
		private volatile Instant stored;
		/** The latest access through this node. */
		private volatile Instant lastSeen;

		Entry(MapSession snapshot, long loadedAt, Instant stored) {
			this.snapshot = snapshot;
			this.loadedAt = loadedAt;
			this.stored = stored;
			this.lastSeen = stored;
		}

		void seen(Instant accessed) {
			if (accessed.isAfter(lastSeen)) {
				lastSeen = accessed;
			}
		}

		synchronized boolean claimTouch(Instant expected, Instant accessed) {
			if (stored != expected) {
				return false;
			}
			stored = accessed;
			return true;
		}

		boolean expiredAt(Instant now) {
			Duration idle = snapshot.getMaxInactiveInterval();
			return !idle.isNegative() && now.isAfter(lastSeen.plus(idle));
		}
	}

	/**
	 * One request's view of a session: reads come from the shared copy; the first change reads the session from
	 * PostgreSQL and the rest of the request works on that (written back by {@link #save}).
	 */
	private final class CachedSession implements Session {

		private final Entry entry;
		private final String id;
		private Instant lastAccessed;
		private Duration maxInactive;
		private Session changed;

		CachedSession(Entry entry) {
			this.entry = entry;
			this.id = entry.snapshot.getId();
			this.lastAccessed = entry.lastSeen;
			this.maxInactive = entry.snapshot.getMaxInactiveInterval();
		}

		private Session change() {
			if (changed == null) {
				changed = database.findById(id);
				if (changed == null) {
					// removed meanwhile (logged out on another node): the change goes to a new session
					changed = database.createSession();
				}
				changed.setLastAccessedTime(lastAccessed);
			}
			return changed;
		}

		@Override
		public String getId() {
			return changed != null ? changed.getId() : id;
		}

		@Override
		public String changeSessionId() {
			return change().changeSessionId();
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T getAttribute(String name) {
			if (changed != null) {
				return changed.getAttribute(name);
			}
			Object value = entry.snapshot.getAttribute(name);
			// the security context is mutable (logout clears it): each request gets its own around the shared login
			if (value instanceof SecurityContext context && value.getClass() == SecurityContextImpl.class) {
				return (T) new SecurityContextImpl(context.getAuthentication());
			}
			return (T) value;
		}

		@Override
		public Set<String> getAttributeNames() {
			return changed != null ? changed.getAttributeNames() : Set.copyOf(entry.snapshot.getAttributeNames());
		}

		@Override
		public void setAttribute(String name, Object value) {
			change().setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			change().removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return entry.snapshot.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.lastAccessed = lastAccessedTime;
			if (changed != null) {
				changed.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return lastAccessed;
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(maxInactive)) {
				change().setMaxInactiveInterval(interval);
				maxInactive = interval;
			}
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return changed != null ? changed.getMaxInactiveInterval() : maxInactive;
		}

		@Override
		public boolean isExpired() {
			return !maxInactive.isNegative() && Instant.now().isAfter(lastAccessed.plus(maxInactive));
		}
	}
}
