package com.invoicebackups.document;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DocumentStoreConfig {

    @Bean
    DocumentStore documentStore(@Value("${invoicebackups.documents.dir}") Path folder) throws IOException {
        return new FolderDocumentStore(folder);
    }
}
