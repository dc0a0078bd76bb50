package com.followup.web.config;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale SPANISH = Locale.forLanguageTag("es");
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, SPANISH);

    /** The browser's language until the person picks one with the switch, remembered for a year. */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("followup-language");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            Locale browser = request.getLocale();
            return browser != null && SPANISH.getLanguage().equals(browser.getLanguage()) ? SPANISH : Locale.ENGLISH;
        });
        return resolver;
    }

    /** Outside every other filter of ours, so that what any of them answers with a page is compressed the same way. */
    @Bean
    FilterRegistrationBean<PagesCompressedFast> pagesCompressedFast() {
        FilterRegistrationBean<PagesCompressedFast> registration = new FilterRegistrationBean<>(new PagesCompressedFast());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 20);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                return SPANISH.getLanguage().equals(value) ? SPANISH : Locale.ENGLISH;
            }
        };
        languageSwitch.setParamName("lang");
        registry.addInterceptor(languageSwitch);
        registry.addInterceptor(new ErrorPathNotFound()).addPathPatterns("/error");
    }

    /** /error is where the container forwards failures; asked for directly, it is a page that does not exist. */
    private static final class ErrorPathNotFound implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
            if (request.getDispatcherType() == DispatcherType.REQUEST) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return false;
            }
            return true;
        }
    }
}
