package org.onewindow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * OneWindow (一窗通): one platform for a county's network of government service halls.
 */
@Modulithic(systemName = "一窗通 OneWindow", sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
public class OneWindowApplication {

	public static void main(String[] args) {
		SpringApplication.run(OneWindowApplication.class, args);
	}
}
