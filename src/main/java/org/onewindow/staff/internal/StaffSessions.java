package org.onewindow.staff.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends the logins of an account whose access changed (disabled, other roles or site, new password): its sessions are
 * removed from PostgreSQL and every node drops its copies once the change commits (decision 0008). The session of
 * the request doing it is kept (an administrator changing their own password stays logged in).
 */
@Component
class StaffSessions {

	private final CachingSessionRepository sessions;

	StaffSessions(CachingSessionRepository sessions) {
		this.sessions = sessions;
	}

	void endSessionsOf(String username) {
		String current = currentSessionId();
		for (String id : sessions.findByIndexNameAndIndexValue(
				FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username).keySet()) {
			if (!id.equals(current)) {
				sessions.deleteById(id);
			}
		}
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			var session = request.getRequest().getSession(false);
			return session != null ? session.getId() : null;
		}
		return null;
	}
}
