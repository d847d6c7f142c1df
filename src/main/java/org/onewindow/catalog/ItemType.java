package org.onewindow.catalog;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 事项类型, written as its two-digit code in catalogs and item codes.
 */
public enum ItemType {

	LICENSING("01", "行政许可"),
	LEVY("04", "行政征收"),
	BENEFIT("05", "行政给付"),
	CONFIRMATION("07", "行政确认"),
	REWARD("08", "行政奖励"),
	ADJUDICATION("09", "行政裁决"),
	OTHER_POWER("10", "其他行政权力"),
	PUBLIC_SERVICE("20", "公共服务");

	private final String code;
	private final String label;

	ItemType(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@JsonValue
	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	@JsonCreator
	public static ItemType ofCode(String code) {
		return Arrays.stream(values())
			.filter(type -> type.code.equals(code) || type.name().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown item type " + code));
	}
}
