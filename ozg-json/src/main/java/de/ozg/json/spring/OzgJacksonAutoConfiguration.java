package de.ozg.json.spring;

import de.ozg.json.OzgModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot 3 (Jackson 2): contributes {@link OzgModule} as a bean, which Boot's
 * {@code JacksonAutoConfiguration} adds to the application's {@code ObjectMapper} and so to Spring
 * MVC's JSON converter. Nothing to write: the dependency on ozg-json is enough. Runs before Boot's
 * Jackson auto-configuration (Boot 3's, and the Jackson 2 one Boot 4 still offers); an application
 * bean of type {@link OzgModule} replaces this one.
 *
 * <p>Registered in {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports};
 * Spring is an optional dependency of ozg-json and never reaches an application without it.
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
    "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration"})
@ConditionalOnClass(name = "com.fasterxml.jackson.databind.ObjectMapper")
public class OzgJacksonAutoConfiguration {

    /** Created by Spring. */
    public OzgJacksonAutoConfiguration() {
    }

    /**
     * @return the module for the application's Jackson 2 mapper
     */
    @Bean
    @ConditionalOnMissingBean(OzgModule.class)
    public OzgModule ozgModule() {
        return new OzgModule();
    }
}
