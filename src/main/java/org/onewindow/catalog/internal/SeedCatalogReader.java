package org.onewindow.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.ApplicantType;
import org.onewindow.catalog.ApprovalStep;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogContent;
import org.onewindow.catalog.FormTemplate;
import org.onewindow.catalog.HallService;
import org.onewindow.catalog.HandbookVolume;
import org.onewindow.catalog.ItemType;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.catalog.SituationAction;
import org.onewindow.catalog.Synonym;
import org.onewindow.site.SiteLevel;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the shipped catalog ({@code catalog/seed/}, format in docs/catalog-seed-format.md): one file per department
 * with items and their situations, plus bundles, synonyms and hall services. Situation values left out fall back to
 * the item's.
 */
public final class SeedCatalogReader {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private SeedCatalogReader() {
	}

	public static CatalogContent read(String location) {
		try {
			var resolver = new PathMatchingResourcePatternResolver();
			Resource[] departmentFiles = resolver.getResources(location + "/??-*.json");
			Arrays.sort(departmentFiles, Comparator.comparing(Resource::getFilename));
			var items = new ArrayList<ServiceItem>();
			var situations = new ArrayList<Situation>();
			for (Resource file : departmentFiles) {
				SeedFile seed = read(file, new TypeReference<SeedFile>() {
				});
				for (SeedItem item : seed.items()) {
					items.add(item.toItem(seed.department().code()));
					item.situations().forEach(situation -> situations.add(situation.toSituation(item)));
				}
			}
			return new CatalogContent(items, situations, optional(resolver, location + "/bundles.json",
					new TypeReference<List<Bundle>>() {
					}), optional(resolver, location + "/synonyms.json", new TypeReference<List<Synonym>>() {
					}), optional(resolver, location + "/hall-services.json", new TypeReference<List<HallService>>() {
					}));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <T> List<T> optional(PathMatchingResourcePatternResolver resolver, String path,
			TypeReference<List<T>> type) {
		Resource resource = resolver.getResource(path);
		return resource.exists() ? read(resource, type) : List.of();
	}

	private static <T> T read(Resource resource, TypeReference<T> type) {
		try (InputStream in = resource.getInputStream()) {
			return JSON.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("目录种子文件 " + resource.getFilename() + " 格式错误：" + ex.getMessage(), ex);
		}
	}

	record SeedFile(SeedDepartment department, List<SeedItem> items) {
	}

	record SeedDepartment(String code, String number, String name) {
	}

	record SeedItem(String code, String name, ItemType type, HandbookVolume volume, String legalBasis, int legalDays,
			int promisedDays, AcceptanceMode mode, String fee, int visits, boolean online, Set<SiteLevel> acceptLevels,
			Set<SiteLevel> decideLevels, boolean villageCollect, List<String> lifeEvents, List<String> keywords,
			List<SeedSituation> situations) {

		ServiceItem toItem(String department) {
			return new ServiceItem(code, department, name, type, volume, legalBasis, legalDays, promisedDays, mode, fee,
					visits, online, acceptLevels, decideLevels, villageCollect, lifeEvents, keywords);
		}
	}

	record SeedSituation(String code, String name, SituationAction action, String actionDetail,
			ApplicantType applicantType, AcceptanceMode mode, Integer promisedDays, Set<SiteLevel> acceptLevels,
			Set<SiteLevel> decideLevels, Boolean villageCollect, List<String> conditions,
			List<MaterialRequirement> materials, List<FormTemplate> forms, List<ApprovalStep> steps, String guide,
			List<Situation.Faq> faqs, List<String> aliases, List<String> phrases) {

		Situation toSituation(SeedItem item) {
			return new Situation(code, item.code(), name, action, actionDetail, applicantType,
					mode != null ? mode : item.mode(), promisedDays != null ? promisedDays : item.promisedDays(),
					acceptLevels != null ? acceptLevels : item.acceptLevels(),
					decideLevels != null ? decideLevels : item.decideLevels(),
					villageCollect != null ? villageCollect : item.villageCollect(), conditions, materials, forms,
					steps, guide, faqs, aliases, phrases);
		}
	}
}
