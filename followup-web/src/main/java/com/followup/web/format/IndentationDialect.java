package com.followup.web.format;

import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import java.util.Set;

/**
 * Leaves the templates' indentation out of the HTML sent: text between tags that is only white space and holds a
 * line break is written as one line break. A browser draws the two alike (white space between tags collapses), but
 * the indentation was a quarter to a third of a dashboard's bytes. Text inside {@code pre} and {@code textarea},
 * where white space is kept, and any text with a visible character are written as they are.
 */
@Component
class IndentationDialect extends AbstractDialect implements IPostProcessorDialect {

    IndentationDialect() {
        super("followup-indentation");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, WithoutIndentation.class, 1000));
    }

    /** One per template processed: counts the {@code pre} and {@code textarea} elements open around the text. */
    public static final class WithoutIndentation extends AbstractTemplateHandler {

        private int keepingWhiteSpace;

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            if (keepsWhiteSpace(tag.getElementCompleteName())) {
                keepingWhiteSpace++;
            }
            super.handleOpenElement(tag);
        }

        @Override
        public void handleCloseElement(ICloseElementTag tag) {
            if (keepingWhiteSpace > 0 && keepsWhiteSpace(tag.getElementCompleteName())) {
                keepingWhiteSpace--;
            }
            super.handleCloseElement(tag);
        }

        @Override
        public void handleText(IText text) {
            if (keepingWhiteSpace == 0 && text.length() > 1 && indentation(text)) {
                super.handleText(getContext().getModelFactory().createText("\n"));
            } else {
                super.handleText(text);
            }
        }

        static boolean keepsWhiteSpace(String element) {
            return "pre".equalsIgnoreCase(element) || "textarea".equalsIgnoreCase(element);
        }

        /** Only spaces, tabs and line breaks, with at least one line break. */
        static boolean indentation(CharSequence text) {
            boolean lineBreak = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    lineBreak = true;
                } else if (c != ' ' && c != '\t') {
                    return false;
                }
            }
            return lineBreak;
        }
    }
}
