package org.onewindow.license;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The one rule naming what a concluded case issues for one of its items, derived from the item's name until the
 * handbook names its result documents. The front desk uses it for 即办 cases, the back office for approved ones:
 * <ol>
 * <li>an item named "…许可" issues the licence "…许可证" (食品经营许可 → 食品经营许可证), valid five years;</li>
 * <li>an item named after its certificate and the act of issuing it issues that certificate (建筑工程施工许可证核发 →
 * 建筑工程施工许可证, 残疾人证办理 → 残疾人证); a "…许可证" is valid five years, other certificates have no end date;</li>
 * <li>any other item issues a decision "&lt;item name&gt;准予决定书" with no end date (公司设立登记 →
 * 公司设立登记准予决定书).</li>
 * </ol>
 */
public final class ResultDocuments {

	/** How long a licence (许可证) is valid. */
	public static final int LICENCE_YEARS = 5;

	private static final Pattern CERTIFICATE_ISSUED = Pattern
		.compile("^(.*(?:证|证书|证明|执照)》?)(?:核发|签发|办理|补发|换发|补领|出具)$");

	private ResultDocuments() {
	}

	/**
	 * @param type the document's name, the licence type
	 * @param validUntil the last day it is valid, {@code null} without an end date
	 */
	public record ResultDocument(String type, LocalDate validUntil) {
	}

	/** What an item of this name issues on that day. */
	public static ResultDocument of(String itemName, LocalDate issuedOn) {
		String name = itemName.strip();
		if (name.endsWith("许可")) {
			return new ResultDocument(name + "证", fiveYears(issuedOn));
		}
		var certificate = CERTIFICATE_ISSUED.matcher(name);
		if (certificate.matches()) {
			String type = certificate.group(1);
			return new ResultDocument(type, type.endsWith("许可证") ? fiveYears(issuedOn) : null);
		}
		return new ResultDocument(name + "准予决定书", null);
	}

	private static LocalDate fiveYears(LocalDate from) {
		return from.plusYears(LICENCE_YEARS).minusDays(1);
	}
}
