package org.onewindow.delivery.internal;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.acceptance.CaseConcluded;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.delivery.internal.Delivery.Item;
import org.onewindow.license.License;
import org.onewindow.license.LicenseManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a concluded case hands over: each licence the decision issued (its type and number, from the licence module),
 * and the written decision when something was refused or when an approval issued no licence.
 */
@Component
class HandedOver {

	private static final Logger log = LoggerFactory.getLogger(HandedOver.class);

	static final String REFUSAL_DECISION = "不予批准决定书";

	static final String APPROVAL_DECISION = "准予办理决定书";

	private final LicenseManagement licenses;

	HandedOver(LicenseManagement licenses) {
		this.licenses = licenses;
	}

	List<Item> of(CaseConcluded concluded) {
		var items = new ArrayList<Item>();
		for (long id : concluded.licenseIds()) {
			licenses.find(id).ifPresentOrElse(license -> items.add(item(license)),
					() -> log.warn("Case {} concluded with licence {} that the licence module does not know",
							concluded.caseNumber(), id));
		}
		if (concluded.outcome() != CaseOutcome.APPROVED) {
			items.add(new Item(Item.Kind.DECISION, null, null, null, REFUSAL_DECISION));
		}
		else if (items.isEmpty()) {
			items.add(new Item(Item.Kind.DECISION, null, null, null, APPROVAL_DECISION));
		}
		return items;
	}

	private static Item item(License license) {
		return new Item(Item.Kind.LICENSE, license.id(), license.type(), license.number(), license.type());
	}
}
