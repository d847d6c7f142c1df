package org.onewindow.license;

/**
 * A licence as {@link LicenseManagement#issue} answers it: its id and type, but not its number. The number is taken
 * from the issuing department's counter just before the issuing transaction commits (so the counter row stays locked
 * only for the commit, not for the rest of the case's conclusion): read the licence with
 * {@link LicenseManagement#find} after the commit to see it. Every committed licence has its number.
 */
public record IssuedLicense(long id, String type) {
}
