package org.onewindow.evaluation.internal;

import java.util.List;

/**
 * The national list of reasons for a 差评 of an on-site service (the one place it is kept; the front end reads it
 * from {@code GET /api/public/evaluation/options}).
 */
public final class BadRatingReasons {

	public static final List<String> ON_SITE = List.of("服务效率", "服务水平", "服务态度", "办事流程", "办事材料", "办理时限",
			"服务环境", "其他");

	private BadRatingReasons() {
	}

	public static boolean known(String reason) {
		return ON_SITE.contains(reason);
	}
}
