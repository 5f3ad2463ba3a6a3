package fr.entraide.support;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;

/**
 * Checks every REST Assured exchange with the API against openapi.yaml ({@link Contract}): a test whose request or
 * answer the document does not describe fails with the validator's report. Installed for every {@code @QuarkusTest}
 * by {@link ContractInstaller}; management routes ({@code /q/...}) are not part of the contract and pass unchecked.
 * A test that calls a route or method that does not exist on purpose says so with {@link Api#outsideContract()}.
 */
public final class ContractFilter implements OrderedFilter {

    private static final String API = "/api/";

    private static volatile ContractFilter instance;

    private final OpenApiValidationFilter validation = new OpenApiValidationFilter(Contract.validator());

    private ContractFilter() {
    }

    /** Adds the filter to REST Assured's global filters, once per class loader. */
    public static synchronized void install() {
        if (instance == null) {
            instance = new ContractFilter();
        }
        if (!RestAssured.filters().contains(instance)) {
            RestAssured.filters(instance);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        if (!URI.create(request.getURI()).getPath().startsWith(API)) {
            return context.next(request, response);
        }
        return validation.filter(request, response, context);
    }

    /** After any other filter, so that what is checked is what went over the wire. */
    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
