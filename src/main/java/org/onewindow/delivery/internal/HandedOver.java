package org.onewindow.delivery.internal;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.acceptance.CaseConcluded;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.delivery.internal.Delivery.Item;
import org.springframework.stereotype.Component;

/**
 * What a concluded case hands over: each licence the decision issued (its number and type, from the licence
 * module), and the written decision when something was refused.
 */
@Component
class HandedOver {

	static final String REFUSAL_DECISION = "不予批准决定书";

	List<Item> of(CaseConcluded concluded) {
		var items = new ArrayList<Item>();
		if (concluded.outcome() != CaseOutcome.APPROVED || concluded.licenseIds().isEmpty()) {
			items.add(new Item(Item.Kind.DECISION, null, null, null, decisionTitle(concluded.outcome())));
		}
		return items;
	}

	private static String decisionTitle(CaseOutcome outcome) {
		return switch (outcome) {
			case APPROVED -> "准予办理决定书";
			case REFUSED, PARTIAL -> REFUSAL_DECISION;
		};
	}
}
