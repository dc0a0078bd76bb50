package com.followup.web.format;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Locale;
import java.util.Set;

/** Gives every template {@code #itemWords}, the app's one way to name an item and its ending (see {@link ItemWords}). */
@Component
public class ItemWordsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "itemWords";

    private final MessageSource messages;

    ItemWordsDialect(MessageSource messages) {
        super("followup-item-words");
        this.messages = messages;
    }

    /** For mail, notices and CSV, which are written outside a template. */
    public ItemWords in(Locale locale) {
        return new ItemWords(messages, locale);
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
                return in(context.getLocale());
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
