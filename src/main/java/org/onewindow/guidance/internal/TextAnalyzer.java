package org.onewindow.guidance.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Chinese text as guidance sees it: normalized, segmented by HanLP into words, cut into character bigrams (robust to
 * segmentation differences), and turned into pinyin syllables (homophone typos such as 身分证 or 营业职照 sound like
 * what they meant) and initials (the kiosk keyboard: "spjy").
 */
final class TextAnalyzer {

	/** Words that carry no need of their own in how citizens ask. */
	private static final Set<String> STOPWORDS = Set.of("我", "我们", "想", "想要", "要", "需要", "请问", "问", "问一下",
			"一下", "怎么", "怎么样", "咋", "咋样", "啥", "什么", "哪", "哪里", "哪儿", "去", "的", "了", "吗", "呢", "吧", "啊", "呀",
			"咯", "嘛", "个", "一个", "能", "能不能", "可以", "可不可以", "是", "在", "有", "没有", "给", "帮", "帮我", "你好", "您好",
			"么子", "冇", "冇得", "搞", "弄", "办", "办理", "如何", "应该", "需", "得", "还", "都", "这", "那", "他", "她", "家", "里");

	private static final Set<String> SYLLABLES = syllables();

	private TextAnalyzer() {
	}

	/** Full-width to half-width, lower case, only Chinese characters, letters and digits kept (others become spaces). */
	static String normalize(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		var out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			out.append(isHan(c) || Character.isLetterOrDigit(c) ? c : ' ');
		}
		return out.toString().trim();
	}

	static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	/** HanLP words without stop words. */
	static List<String> words(String normalized) {
		var words = new ArrayList<String>();
		for (Term term : HanLP.segment(normalized)) {
			String word = term.word.trim();
			if (!word.isEmpty() && !STOPWORDS.contains(word) && (word.length() > 1 || isHan(word.charAt(0)))) {
				words.add(word);
			}
		}
		return words;
	}

	/** Bigrams of consecutive Chinese characters; a lone character stands for itself. */
	static List<String> bigrams(String normalized) {
		var grams = new ArrayList<String>();
		int start = -1;
		for (int i = 0; i <= normalized.length(); i++) {
			boolean han = i < normalized.length() && isHan(normalized.charAt(i));
			if (han && start < 0) {
				start = i;
			}
			else if (!han && start >= 0) {
				if (i - start == 1) {
					grams.add(normalized.substring(start, i));
				}
				for (int j = start; j + 2 <= i; j++) {
					grams.add(normalized.substring(j, j + 2));
				}
				start = -1;
			}
		}
		return grams;
	}

	/** Pinyin syllables (without tones) of the Chinese characters, in order. */
	static List<String> syllables(String normalized) {
		var result = new ArrayList<String>();
		var run = new StringBuilder();
		for (int i = 0; i <= normalized.length(); i++) {
			if (i < normalized.length() && isHan(normalized.charAt(i))) {
				run.append(normalized.charAt(i));
				continue;
			}
			if (!run.isEmpty()) {
				for (Pinyin pinyin : HanLP.convertToPinyinList(run.toString())) {
					if (pinyin != Pinyin.none5) {
						result.add(pinyin.getPinyinWithoutTone());
					}
				}
				run.setLength(0);
			}
		}
		return result;
	}

	static List<String> syllableBigrams(List<String> syllables) {
		var grams = new ArrayList<String>();
		for (int i = 0; i + 1 < syllables.size(); i++) {
			grams.add(syllables.get(i) + "_" + syllables.get(i + 1));
		}
		return grams;
	}

	/** The first letters of a word's syllables: 食品经营 → spjy. */
	static String initials(List<String> syllables) {
		var out = new StringBuilder();
		syllables.forEach(syllable -> out.append(syllable.charAt(0)));
		return out.toString();
	}

	/**
	 * Splits letters typed on a kiosk keyboard into pinyin syllables ("shipinjingying" → shi pin jing ying), longest
	 * syllable first; empty when the letters are not pinyin.
	 */
	static List<String> splitPinyin(String letters) {
		var result = new ArrayList<String>();
		int i = 0;
		outer: while (i < letters.length()) {
			for (int length = Math.min(6, letters.length() - i); length >= 1; length--) {
				String candidate = letters.substring(i, i + length);
				if (SYLLABLES.contains(candidate) && (i + length == letters.length() || canContinue(letters, i + length))) {
					result.add(candidate);
					i += length;
					continue outer;
				}
			}
			return List.of();
		}
		return result;
	}

	private static boolean canContinue(String letters, int from) {
		for (int length = Math.min(6, letters.length() - from); length >= 1; length--) {
			if (SYLLABLES.contains(letters.substring(from, from + length))) {
				return true;
			}
		}
		return false;
	}

	/** Latin-letter tokens of a normalized text (what was typed on a pinyin keyboard). */
	static List<String> latinTokens(String normalized) {
		var tokens = new LinkedHashSet<String>();
		for (String part : normalized.split("[^a-z]+")) {
			if (part.length() >= 2) {
				tokens.add(part);
			}
		}
		return List.copyOf(tokens);
	}

	private static Set<String> syllables() {
		var set = new HashSet<String>();
		for (Pinyin pinyin : Pinyin.values()) {
			if (pinyin != Pinyin.none5) {
				set.add(pinyin.getPinyinWithoutTone());
			}
		}
		return Set.copyOf(set);
	}
}
