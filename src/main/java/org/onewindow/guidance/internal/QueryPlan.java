package org.onewindow.guidance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.onewindow.catalog.ApplicantType;
import org.onewindow.catalog.SituationAction;
import org.onewindow.catalog.Synonym;

/**
 * What a citizen's words ask for: weighted search terms (their own words, the concepts the alias layer maps them to,
 * how they sound, pinyin typed on a kiosk), the action they want (丢了 → 补领) and who applies (个体 / 公司).
 */
record QueryPlan(String normalized, Map<String, Float> terms, SituationAction action, String actionWhy,
		ApplicantType applicant, boolean lifeEvent, boolean many, boolean namedDocument, List<String> chains) {

	/**
	 * Words that announce a whole undertaking rather than one permit: opening a business (开个饭店, 想开家药店, 边上开个粉面馆,
	 * 开个KTV, 办个养猪场, 注册个公司 — but not 公开, 离开, 挖开, 开不出, 开发票 …), or asking about the whole of it
	 * (要办哪些手续, 生孩子了要办的, 准备退休).
	 */
	private static final Pattern LIFE_EVENT = Pattern.compile(
			"(?<![公离分打召展避揭敞盛放拉撬解切隔岔错挖推翻划剪没冇未])开(?:(?:个|家|一家|一个|间|一间)(?!户|证明|发票|票)"
					+ "|(?!通|证明|票|发票|具|户|车|庭|会|学|采|挖|出|销|支|除|过|不|始|心|水|关|放|发|刀|药(?![店房铺])|到|着))[\\p{IsHan}a-z]"
					+ "|(?:办|注册|搞|弄)(?:个|一个|家|一家)[^，,。 ]{0,4}(?:公司|厂|场|店|园|作坊|馆|诊所|超市|网吧|酒吧|ktv)"
					+ "|准备|打算|办么子|要办啥|要办什么|要办的|手续");

	/**
	 * Words that ask for several things at once (要办哪些, 一起办, 都要改, 跟着变, 社保那些): a 一件事 bundle is what is wanted.
	 */
	private static final Pattern MANY = Pattern.compile("水电气|水电燃气|哪些|一起|一次办|一次弄|全部|所有|都要|都想|都得|那些|跟着|要跑|跑哪|几个部门");

	/** Domains a citizen lists when a life event touches several of them (税务公积金都要改, 水电燃气过户, 低保、医疗救助). */
	private static final String DOMAIN = "(税务|社保|医保|公积金|水电|水|电|燃气|气|户口|执照|低保|医疗救助|丧葬|养老金|不动产)";

	private static final Pattern LISTED_DOMAINS = Pattern.compile(DOMAIN + "[、和跟与及]?" + DOMAIN);

	/** A second need added in passing (身份证丢了，顺便问下社保卡): it counts for less than the first. */
	private static final Pattern IN_PASSING = Pattern.compile("顺便|另外|还想问|再问");

	/** A named licence or certificate (卫生许可证, 规划许可, 执照): one step is asked for, not the whole undertaking. */
	private static final Pattern NAMED_DOCUMENT = Pattern.compile("许可|执照|证(?!明)");

	/** 开个…证明 asks for one certificate, not for opening a business. */
	private static final Pattern CERTIFICATE = Pattern.compile("开(个|张|一个|一张)?[^，,。 ]{0,8}证明");

	/**
	 * Words in which an action word is not meant as one: 注册地 is not 注册 (设立), a 保险公司 or 供电公司 is someone
	 * else, not the applicant, and whoever works 在厂里 or 给公司 is a worker, not the company.
	 */
	private static final Pattern FALSE_FRIENDS = Pattern.compile(
			"注册地|保险公司|供电公司|燃气公司|自来水公司|物业公司|中介公司|房地产公司|开发商|原来的?厂里|原来的?公司|原单位"
					+ "|[在给帮替跟去进](?:厂里|工厂|公司|企业|单位)里?(?:干活|上班|打工|做事|做工|工作)");

	static final float OWN_WORD = 1.0f;
	static final float OWN_BIGRAM = 0.6f;
	static final float SYNONYM = 0.8f;
	static final float SOUND = 0.3f;
	static final float TYPED_PINYIN = 1.0f;
	static final float TRANSLITERATED = 0.8f;
	static final float IN_PASSING_WEIGHT = 0.5f;
	static final float SOUND_ALIKE = 0.6f;

	private static final Map<String, ApplicantType> APPLICANT_WORDS = new LinkedHashMap<>();

	static {
		for (String word : List.of("个体工商户", "个体户", "个体", "夫妻店", "小卖部", "摊位", "摆摊", "店子", "小店", "铺子", "档口")) {
			APPLICANT_WORDS.put(word, ApplicantType.INDIVIDUAL_BUSINESS);
		}
		for (String word : List.of("有限公司", "公司", "企业", "厂里", "工厂", "合作社")) {
			APPLICANT_WORDS.put(word, ApplicantType.ENTERPRISE);
		}
		for (String word : List.of("社会组织", "协会", "学会", "民办非企业", "事业单位", "机关")) {
			APPLICANT_WORDS.put(word, ApplicantType.ORGANIZATION);
		}
	}

	static QueryPlan of(String query, SynonymLayer synonyms) {
		String typed = TextAnalyzer.normalize(query);
		var terms = new HashMap<String, Float>();
		String transliterated = synonyms.transliterate(typed);
		String normalized = transliterated.isEmpty() ? typed : typed + " " + transliterated;
		var inPassing = IN_PASSING.matcher(typed);
		String main = typed;
		if (inPassing.find() && inPassing.start() > 0) {
			main = typed.substring(0, inPassing.start());
			addText(terms, typed.substring(inPassing.end()), OWN_WORD * IN_PASSING_WEIGHT, OWN_BIGRAM * IN_PASSING_WEIGHT);
		}
		addText(terms, main, OWN_WORD, OWN_BIGRAM);
		for (String word : synonyms.soundAlikes(main)) {
			addText(terms, word, SOUND_ALIKE, SOUND_ALIKE * OWN_BIGRAM);
		}
		addText(terms, transliterated, TRANSLITERATED, TRANSLITERATED * OWN_BIGRAM);
		for (String latin : TextAnalyzer.latinTokens(typed)) {
			terms.merge("i:" + latin, TYPED_PINYIN, Math::max);
			terms.merge("f:" + latin, TYPED_PINYIN, Math::max);
			var syllables = TextAnalyzer.splitPinyin(latin);
			if (syllables.size() >= 2) {
				TextAnalyzer.syllableBigrams(syllables).forEach(gram -> terms.merge("p:" + gram, TYPED_PINYIN, Math::max));
			}
		}
		var chains = new ArrayList<String>();
		String mainText = transliterated.isEmpty() ? main : main + " " + transliterated;
		for (var match : synonyms.concepts(normalized)) {
			chains.add(match.chain());
			boolean inMain = match.alias() == null || mainText.contains(TextAnalyzer.normalize(match.alias()));
			float weight = inMain ? SYNONYM : SYNONYM * IN_PASSING_WEIGHT;
			for (String term : match.terms()) {
				addText(terms, TextAnalyzer.normalize(term), weight, weight * 0.7f);
			}
		}
		SituationAction action = null;
		String actionWhy = null;
		String intent = FALSE_FRIENDS.matcher(normalized).replaceAll(" ");
		var actionMatch = synonyms.action(intent);
		if (CERTIFICATE.matcher(intent).find() && (actionMatch == null || actionMatch.action() == SituationAction.NEW)) {
			// 开个交公积金的证明: 开 here issues a certificate, it does not open anything
			actionMatch = synonyms.actionTerm("证明");
		}
		if (actionMatch == null) {
			for (String latin : TextAnalyzer.latinTokens(normalized)) {
				actionMatch = synonyms.actionByPinyin(latin);
				if (actionMatch != null) {
					break;
				}
			}
		}
		if (actionMatch != null) {
			action = actionMatch.action();
			actionWhy = actionMatch.chain();
			addText(terms, TextAnalyzer.normalize(actionMatch.term()), SYNONYM * 0.5f, SYNONYM * 0.4f);
		}
		ApplicantType applicant = null;
		for (var entry : APPLICANT_WORDS.entrySet()) {
			if (intent.contains(entry.getKey())) {
				applicant = entry.getValue();
				break;
			}
		}
		String about = mainText;
		boolean many = MANY.matcher(about).find() || listsDomains(about);
		boolean lifeEvent = many || LIFE_EVENT.matcher(about).find() && !CERTIFICATE.matcher(about).find();
		boolean namedDocument = NAMED_DOCUMENT.matcher(about).find();
		return new QueryPlan(normalized, Map.copyOf(terms), action, actionWhy, applicant, lifeEvent, many,
				namedDocument, List.copyOf(chains));
	}

	private static boolean listsDomains(String text) {
		var matcher = LISTED_DOMAINS.matcher(text);
		for (int from = 0; from < text.length() && matcher.find(from); from = matcher.start() + 1) {
			if (!matcher.group(1).equals(matcher.group(2))) {
				return true;
			}
		}
		return false;
	}

	private static void addText(Map<String, Float> terms, String normalized, float wordWeight, float gramWeight) {
		if (normalized.isBlank()) {
			return;
		}
		for (String term : GuidanceIndex.terms(normalized)) {
			float weight = switch (term.charAt(0)) {
				case 'w' -> wordWeight;
				case 'b' -> gramWeight;
				case 'p' -> SOUND * wordWeight;
				default -> 0.5f * wordWeight;
			};
			terms.merge(term, weight, Math::max);
		}
	}

	/** The alias layer of the catalog (synonyms.json): concept words and action words. */
	static final class SynonymLayer {

		private final List<Synonym> concepts;
		private final List<Synonym> actions;
		private final Map<String, List<Synonym>> conceptsByAlias = new HashMap<>();

		private PinyinLexicon lexicon;

		private record Sounding(Synonym synonym, String word) {
		}

		/** Action words of two or more syllables by how they sound (" bu zheng " → 补证). */
		private final Map<String, Sounding> actionSounds = new HashMap<>();

		/** Concept words of three or more syllables by how they sound. */
		private final Map<String, Sounding> conceptSounds = new HashMap<>();

		SynonymLayer(List<Synonym> synonyms) {
			this.concepts = synonyms.stream().filter(s -> !"ACTION".equals(s.kind())).toList();
			this.actions = synonyms.stream().filter(s -> "ACTION".equals(s.kind()) && s.action() != null).toList();
			for (Synonym action : actions) {
				addSound(actionSounds, action, action.term(), 2);
				action.aliases().forEach(alias -> addSound(actionSounds, action, alias, 2));
			}
			for (Synonym concept : concepts) {
				concept.aliases().forEach(alias -> addSound(conceptSounds, concept, alias, 3));
			}
			for (Synonym concept : concepts) {
				for (String alias : concept.aliases()) {
					conceptsByAlias.computeIfAbsent(TextAnalyzer.normalize(alias), key -> new ArrayList<>()).add(concept);
				}
			}
		}

		private static void addSound(Map<String, Sounding> sounds, Synonym synonym, String word, int minimum) {
			String normalized = TextAnalyzer.normalize(word);
			if (normalized.chars().allMatch(c -> TextAnalyzer.isHan((char) c))
					&& TextAnalyzer.syllables(normalized).size() >= minimum) {
				sounds.putIfAbsent(soundOf(normalized), new Sounding(synonym, word));
			}
		}

		List<String> soundAlikes(String normalized) {
			return lexicon == null ? List.of() : lexicon.soundAlikes(normalized);
		}

		/** Pinyin typed on a kiosk is also read as the catalog words it stands for. */
		SynonymLayer withLexicon(PinyinLexicon lexicon) {
			this.lexicon = lexicon;
			return this;
		}

		/** The catalog words for the pinyin in a normalized query (runs of letters, spaces between them ignored). */
		String transliterate(String normalized) {
			if (lexicon == null) {
				return "";
			}
			var out = new StringBuilder();
			for (String run : normalized.split("[^a-z ]+")) {
				String letters = run.replace(" ", "");
				if (letters.length() < 2) {
					continue;
				}
				String[] tokens = run.trim().split(" +");
				boolean allPinyin = true;
				for (String token : tokens) {
					allPinyin &= !TextAnalyzer.splitPinyin(token).isEmpty();
				}
				String words = "";
				if (allPinyin) {
					words = lexicon.transliterate(letters);
				}
				else {
					// initials and pinyin mixed (sbk diule): each token on its own
					for (String token : tokens) {
						words += token.length() >= 2 ? lexicon.transliterate(token) : "";
					}
				}
				out.append(words).append(' ');
			}
			return out.toString().trim();
		}

		record ConceptMatch(String alias, String chain, List<String> terms) {
		}

		record ActionMatch(SituationAction action, String term, String chain) {
		}

		/** Concepts whose aliases occur in the query, followed one more step (饭店 → 餐饮 → 食品经营). */
		List<ConceptMatch> concepts(String normalized) {
			String compact = compact(normalized);
			var matches = new ArrayList<ConceptMatch>();
			var seen = new HashSet<String>();
			for (Synonym concept : concepts) {
				for (String alias : concept.aliases()) {
					String key = TextAnalyzer.normalize(alias);
					if (key.length() >= 2 && (normalized.contains(key) || compact.contains(key)) && seen.add(concept.term())) {
						var terms = new ArrayList<String>();
						terms.add(concept.term());
						var chain = new StringBuilder(alias).append("→").append(concept.term());
						for (Synonym next : conceptsByAlias.getOrDefault(TextAnalyzer.normalize(concept.term()), List.of())) {
							if (!next.term().equals(concept.term()) && seen.add(next.term())) {
								terms.add(next.term());
								chain.append("→").append(next.term());
								break;
							}
						}
						matches.add(new ConceptMatch(alias, chain.toString(), terms));
						break;
					}
				}
			}
			String sound = soundOf(normalized);
			for (var entry : conceptSounds.entrySet()) {
				Synonym concept = entry.getValue().synonym();
				if (!seen.contains(concept.term()) && sound.contains(entry.getKey())) {
					seen.add(concept.term());
					matches.add(new ConceptMatch(null,
							"音近 " + entry.getValue().word() + "→" + concept.term(), List.of(concept.term())));
				}
			}
			return matches;
		}

		/** The action word itself (证明 → 查询), or null when the alias layer has none. */
		ActionMatch actionTerm(String term) {
			for (Synonym action : actions) {
				if (action.term().equals(term)) {
					return new ActionMatch(action.action(), action.term(), action.term());
				}
			}
			return null;
		}

		/**
		 * The action the words ask for; the longest matching action word wins. When no action word is written, one
		 * that sounds the same counts (驾照补正 → 补证, 房产过护 → 过户).
		 */
		ActionMatch action(String normalized) {
			ActionMatch best = written(normalized);
			if (best != null) {
				return best;
			}
			String sound = soundOf(normalized);
			int bestLength = 0;
			for (var entry : actionSounds.entrySet()) {
				String key = entry.getKey();
				if (key.length() > bestLength && sound.contains(key)) {
					Synonym action = entry.getValue().synonym();
					String word = entry.getValue().word();
					best = new ActionMatch(action.action(), action.term(),
							"音近 " + word + (word.equals(action.term()) ? "" : "→" + action.term()));
					bestLength = key.length();
				}
			}
			return best;
		}

		/**
		 * The text without the measure words and particles people put between the words of an alias (开个公司 → 开公司,
		 * 交公积金的证明 → 交公积金证明); aliases are looked for in the text as written and in this form.
		 */
		static String compact(String normalized) {
			return PARTICLES.matcher(normalized).replaceAll("");
		}

		private static final Pattern PARTICLES = Pattern.compile("一个|一家|一间|一张|一本|一下|个|了|的|咯|啊");

		/** The pinyin of a text as " syllable syllable … ", for sound-alike matching. */
		static String soundOf(String normalized) {
			return " " + String.join(" ", TextAnalyzer.syllables(normalized)) + " ";
		}

		private ActionMatch written(String normalized) {
			String compact = compact(normalized);
			ActionMatch best = null;
			int bestLength = 0;
			for (Synonym action : actions) {
				for (String alias : action.aliases()) {
					String key = TextAnalyzer.normalize(alias);
					if (!key.isEmpty() && key.length() > bestLength && (normalized.contains(key) || compact.contains(key))) {
						best = new ActionMatch(action.action(), action.term(), alias + "→" + action.term());
						bestLength = key.length();
					}
				}
				String term = TextAnalyzer.normalize(action.term());
				if (term.length() > bestLength && (normalized.contains(term) || compact.contains(term))) {
					best = new ActionMatch(action.action(), action.term(), action.term());
					bestLength = term.length();
				}
			}
			return best;
		}

		/** An action word typed as pinyin on a kiosk ("diule" → 丢了 → 补领). */
		ActionMatch actionByPinyin(String latin) {
			for (Synonym action : actions) {
				for (String alias : action.aliases()) {
					String key = TextAnalyzer.normalize(alias);
					if (key.length() >= 2 && String.join("", TextAnalyzer.syllables(key)).equals(latin)) {
						return new ActionMatch(action.action(), action.term(), latin + "→" + alias + "→" + action.term());
					}
				}
			}
			return null;
		}

	}
}
