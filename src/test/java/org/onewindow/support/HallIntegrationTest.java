package org.onewindow.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the embedded PostgreSQL and the demo county. Every test class that
 * carries it shares one cached Spring context (keep it that way: no extra properties or mock beans here). A test
 * during which the server answered 5xx fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ ServerErrors.Recorder.class, TestClock.Configuration.class, TestHalls.class })
@ExtendWith(ServerErrors.class)
public @interface HallIntegrationTest {
}
