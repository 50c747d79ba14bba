package de.ozg.json.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot 4 (Jackson 3): contributes {@link de.ozg.json.jackson3.OzgModule} as a bean, which
 * Boot's {@code JacksonAutoConfiguration} adds to the application's {@code JsonMapper} and so to
 * Spring MVC's JSON converter. Nothing to write: the dependency on ozg-json is enough. Active only
 * when Jackson 3 ({@code tools.jackson.databind}) is on the class path, before Boot 4's Jackson
 * auto-configuration; an application bean of the module's type replaces this one.
 *
 * <p>Registered in {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports};
 * Spring and Jackson 3 are optional dependencies of ozg-json.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(name = "tools.jackson.databind.json.JsonMapper")
public class OzgJackson3AutoConfiguration {

    /** Created by Spring. */
    public OzgJackson3AutoConfiguration() {
    }

    /**
     * @return the module for the application's Jackson 3 mapper
     */
    @Bean
    @ConditionalOnMissingBean(de.ozg.json.jackson3.OzgModule.class)
    public de.ozg.json.jackson3.OzgModule ozgJackson3Module() {
        return new de.ozg.json.jackson3.OzgModule();
    }
}
