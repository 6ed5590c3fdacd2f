package id.go.mpp.sinergi.gateway.app.grants;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.domain.grants.GatewayOperations;
import id.go.mpp.sinergi.gateway.domain.grants.GatewayOperations.Operation;
import id.go.mpp.sinergi.gateway.domain.grants.OperationAccess;
import id.go.mpp.sinergi.gateway.domain.grants.OperationName;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The gateway's operations as its resource classes declare them: the operation name from the {@code @Path} of class
 * and method (what the OpenAPI document lists), and who it lets in from {@code @PermitAll} / {@code @RolesAllowed}
 * (method first, then class; an endpoint without either is closed, {@code deny-unannotated-endpoints}).
 */
@Singleton
public class GatewayOperationIndex {

    private final GatewayOperations operations;
    private final ConcurrentMap<Method, Optional<Operation>> byMethod = new ConcurrentHashMap<>();

    public GatewayOperationIndex(BeanManager beans) {
        Set<Class<?>> resources = new LinkedHashSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            // REST client interfaces carry @Path too: only classes serve requests
            if (type.isAnnotationPresent(Path.class) && !type.isInterface()
                    && !Modifier.isAbstract(type.getModifiers())) {
                resources.add(type);
            }
        }
        List<Operation> found = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                operationOf(resource, method).ifPresent(found::add);
            }
        }
        this.operations = GatewayOperations.of(found);
    }

    public GatewayOperations operations() {
        return operations;
    }

    /** The operation a resource method serves; empty for a method that serves none (a sub-resource locator). */
    public Optional<Operation> of(Class<?> resourceClass, Method method) {
        return byMethod.computeIfAbsent(method, m -> operationOf(resourceClass, m));
    }

    static Optional<Operation> operationOf(Class<?> resourceClass, Method method) {
        String httpMethod = httpMethodOf(method);
        if (httpMethod == null) {
            return Optional.empty();
        }
        Path classPath = resourceClass.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        OperationName name = OperationName.of(httpMethod, classPath == null ? null : classPath.value(),
                methodPath == null ? null : methodPath.value());
        OperationAccess access = accessOf(method);
        if (access == null) {
            access = accessOf(resourceClass);
        }
        return Optional.of(new Operation(name, access == null ? OperationAccess.OTHER_ROLES : access));
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static OperationAccess accessOf(AnnotatedElement element) {
        if (element.isAnnotationPresent(PermitAll.class)) {
            return OperationAccess.PUBLIC;
        }
        if (element.isAnnotationPresent(DenyAll.class)) {
            return OperationAccess.OTHER_ROLES;
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            List<String> allowed = Arrays.asList(roles.value());
            return allowed.contains(Caller.AGENCY_SYSTEM) || allowed.contains("**")
                    ? OperationAccess.AGENCY_SYSTEMS : OperationAccess.OTHER_ROLES;
        }
        if (element.isAnnotationPresent(Authenticated.class)) {
            return OperationAccess.AGENCY_SYSTEMS;
        }
        return null;
    }
}
