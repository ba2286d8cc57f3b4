package org.frontline.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.frontline.FrontlineProperties;
import org.frontline.store.FrontlineStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web layer's protections and caching: request-size limit (413), problem+json for what Tomcat refuses itself,
 * and data-version ETags on the data endpoints.
 */
@Configuration(proxyBeanMethods = false)
class ReliabilityWebConfiguration implements WebMvcConfigurer {
    private final FrontlineStore store;
    private final FrontlineProperties props;

    ReliabilityWebConfiguration(FrontlineStore store, FrontlineProperties props) {
        this.store = store;
        this.props = props;
    }

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(
            @Value("${frontline.max-request-bytes:8388608}") long maxRequestBytes) {
        FilterRegistrationBean<RequestSizeFilter> r = new FilterRegistrationBean<>(new RequestSizeFilter(maxRequestBytes));
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        r.addUrlPatterns("/*");
        return r;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new DataVersionETags(store, String.valueOf(new java.util.TreeMap<>(props.sides()))))
                .addPathPatterns("/api/**", "/ogc/**")
                // answers that do not come from the store: the gazetteer, boundary files, parsing without storing
                .excludePathPatterns("/api/gazetteer", "/api/gazetteer/**", "/api/boundaries/**", "/api/parse");
    }

    /** Runs after Boot's own Tomcat customizer, whose plain error report valve it replaces. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorPages() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(ConfigurableTomcatWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost host) {
                        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                        for (Valve v : host.getPipeline().getValves()) {
                            if (v instanceof ErrorReportValve && !(v instanceof ProblemErrorReportValve)) host.getPipeline().removeValve(v);
                        }
                        host.getPipeline().addValve(new ProblemErrorReportValve());
                    }
                });
            }
        };
    }
}
