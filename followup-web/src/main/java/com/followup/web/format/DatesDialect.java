package com.followup.web.format;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Set;

/** Gives every template {@code #when}, the app's one way to write dates and moments (see {@link Dates}). */
@Component
class DatesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "when";

    private final DateFormats formats;

    DatesDialect(DateFormats formats) {
        super("followup-dates");
        this.formats = formats;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return formats.in(context.getLocale());
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
