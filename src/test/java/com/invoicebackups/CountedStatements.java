package com.invoicebackups;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements each thread runs, through a proxy around the application's data source: what a piece of
 * work costs in statements, whatever runs on other threads meanwhile.
 */
public class CountedStatements implements BeanPostProcessor {

    private static final String NAME = "counted";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
                ? ProxyDataSourceBuilder.create(dataSource).name(NAME).countQuery().build() : bean;
    }

    /** The statements {@code work} ran on this thread. */
    public static long of(Runnable work) {
        QueryCountHolder.clear();
        work.run();
        return QueryCountHolder.get(NAME) == null ? 0 : QueryCountHolder.get(NAME).getTotal();
    }
}
