package id.go.mpp.sinergi.testing.architecture.broken.queue.domain;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks "domain imports no framework": a domain class that holds a Jackson mapper. */
public class TicketJson {
    ObjectMapper mapper;
}
