package org.onewindow.guidance;

import java.util.List;

/**
 * One answer of guidance, ranked best first.
 *
 * @param code situation, item, bundle or service code
 * @param acceptableHere whether the site asked about may accept it ({@code true} when no site was given)
 * @param nearestSite where it can be done when not here
 * @param why a human-readable reason, e.g. {@code 匹配 饭店→餐饮→食品经营}
 * @param score relevance from 0 to 1 relative to the best answer
 */
public record GuidanceResult(ResultType type, String code, String name, String itemCode, String itemName,
		String situationName, List<String> memberItems, String department, boolean acceptableHere,
		NearestSite nearestSite, String why, double score) {

	/** The closest site up the tree that may accept it. */
	public record NearestSite(long id, String name) {
	}
}
