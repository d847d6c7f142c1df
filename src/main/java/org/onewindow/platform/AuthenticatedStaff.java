package org.onewindow.platform;

/**
 * What the platform needs to know about the logged-in staff member (for the audit log); implemented by the
 * principal of the {@code staff} module.
 */
public interface AuthenticatedStaff {

	long staffId();

	String username();

	long siteId();

	String siteName();
}
