package org.onewindow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure is verified in every build. Its diagrams are written to {@code target/spring-modulith-docs};
 * the committed copy in {@code docs/modules} is refreshed with
 * {@code ./mvnw test -Dskip.web=true -Dtest=ModularityTests -Donewindow.module-docs=docs/modules} (the generator's order
 * is not stable, so the build does not rewrite it every time).
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(OneWindowApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		String folder = System.getProperty("onewindow.module-docs", "target/spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
