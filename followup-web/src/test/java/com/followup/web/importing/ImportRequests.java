package com.followup.web.importing;

import com.followup.domain.account.UserAccount;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;

import static com.followup.web.support.People.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Uploads as a browser sends them, in the language asked. */
final class ImportRequests {

    private ImportRequests() {
    }

    static MockMultipartHttpServletRequestBuilder upload(UserAccount who, String fileName, byte[] content) {
        return multipart("/imports/items").file(new MockMultipartFile("file", fileName, "text/csv", content))
                .with(csrf()).with(as(who)).header("Accept-Language", "en");
    }

    static MockMultipartHttpServletRequestBuilder upload(UserAccount who, String fileName, String content) {
        return upload(who, fileName, content.getBytes(StandardCharsets.UTF_8));
    }
}
