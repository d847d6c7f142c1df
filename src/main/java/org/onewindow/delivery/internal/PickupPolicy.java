package org.onewindow.delivery.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.onewindow.delivery.internal.Delivery.CollectorKind;
import org.onewindow.shared.IdNumber;

/**
 * Who may collect a result at the counter: the applicant in person, or an agent whose authorisation was recorded
 * with the case. The ID number shown is compared by value with theirs; the typed signature must be the collector's
 * name or the applicant's. No Spring inside.
 */
public final class PickupPolicy {

	private PickupPolicy() {
	}

	/**
	 * A person entitled to collect.
	 *
	 * @param idNumber the full ID number as the case recorded it
	 */
	public record Entitled(CollectorKind kind, String name, String idNumber) {

		public Entitled {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(idNumber, "idNumber");
		}
	}

	/**
	 * The answer: who collects, or why nobody may.
	 *
	 * @param reason {@code null} when allowed, otherwise the problem code
	 */
	public record Decision(Entitled collector, String reason) {

		public boolean allowed() {
			return reason == null;
		}

		static Decision allow(Entitled collector) {
			return new Decision(collector, null);
		}

		static Decision refuse(String reason) {
			return new Decision(null, reason);
		}
	}

	public static final String IDENTITY_MISMATCH = "delivery.identity-mismatch";

	public static final String SIGNATURE_MISMATCH = "delivery.signature-mismatch";

	/**
	 * @param entitled the applicant (a person) and any authorised agent, in that order
	 * @param presented the ID number the collector showed
	 * @param signatureName the name the collector typed as signature
	 * @param applicantName the applicant's name (a person's or an organisation's)
	 */
	public static Decision decide(List<Entitled> entitled, IdNumber presented, String signatureName,
			String applicantName) {
		Optional<Entitled> collector = entitled.stream()
			.filter(person -> sameIdNumber(person.idNumber(), presented))
			.findFirst();
		if (collector.isEmpty()) {
			return Decision.refuse(IDENTITY_MISMATCH);
		}
		String signed = normalizeName(signatureName);
		if (signed.isEmpty() || !(signed.equals(normalizeName(collector.get().name()))
				|| signed.equals(normalizeName(applicantName)))) {
			return Decision.refuse(SIGNATURE_MISMATCH);
		}
		return Decision.allow(collector.get());
	}

	private static boolean sameIdNumber(String recorded, IdNumber presented) {
		return recorded != null && recorded.strip().replace('x', 'X').equals(presented.value());
	}

	/** Names compared without spaces and with one kind of middle dot (minority names: 买买提·艾力). */
	static String normalizeName(String name) {
		return name == null ? "" : name.replaceAll("[\\s\\u3000]", "").replaceAll("[•・∙‧·]", "·");
	}
}
