package de.ozg.spring.portal;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A portal as a user would write it: Spring Boot with web and validation starters, ozg-core and
 * ozg-json as dependencies, and not one line of JSON configuration. The same sources run on Boot 3
 * (Jackson 2) and Boot 4 (Jackson 3).
 */
@SpringBootApplication
public class PortalApp {
}
