package org.onewindow.catalog;

import java.util.List;

/**
 * One entry of the guidance alias layer: the words citizens use for a concept or an action.
 *
 * @param kind {@code CONCEPT} or {@code ACTION}
 * @param action for an action word, the situation action it means
 */
public record Synonym(String term, List<String> aliases, String kind, SituationAction action) {

	public Synonym {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}
}
