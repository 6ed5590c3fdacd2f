/*
 * rushc: the quota rush's native load generator (bench/quota-rush, --http-client native).
 *
 * Sends prepared HTTP/1.1 requests over keep-alive connections, one request in flight per connection, the next one
 * as soon as the answer is read -- the same closed loop as the Java client (RawHttp) for half their CPU:
 * on the 2-core machine the 200 blocking Java threads cost the load generator ~0.1 ms of CPU per request, which the
 * platform under test then lacks; this ~0.05 ms, four fifths of it the kernel's loopback TCP in one write and one
 * read per request (bench/README.md).
 *
 * usage: rushc HOST PORT CONNECTIONS THREADS REQUESTS_FILE RESULTS_FILE
 *   REQUESTS_FILE: for each attempt, "<length>\n" and then <length> bytes: the whole request.
 *   RESULTS_FILE:  first line "start <ns> end <ns>"; then per attempt, in attempt order,
 *                  "<attempt> <status> <sent ns> <answered ns> <body length>\n<body>\n"
 *                  (status -1 and the error text as body when no answer could be read).
 * Times are CLOCK_MONOTONIC, the clock of Java's System.nanoTime() on Linux. Attempts are handed out in order
 * from a shared counter; each thread drives CONNECTIONS / THREADS connections with its own epoll set.
 * Talks with the bench on its standard streams: prints "connected" once every connection is open and waits for a
 * line "go"; prints "finished" after the last answer, then "done" once the results are written, and waits for its
 * standard input to close, so the bench can read this process' CPU from /proc before it goes.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    const char *data;
    size_t len;
} request_t;

typedef struct {
    int status;
    long long sent;
    long long answered;
    char *body;
    size_t body_len;
} result_t;

typedef struct {
    int fd;
    int attempt;          /* attempt in flight, -1 when idle */
    int retried;          /* this attempt was already sent again on a fresh connection */
    int want_out;         /* registered for EPOLLOUT: the request did not fit into the socket at once */
    size_t written;
    char *in;
    size_t in_len, in_cap;
} conn_t;

static struct sockaddr_in server;
static request_t *requests;
static result_t *results;
static int attempts;
static atomic_int next_attempt;

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long) t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void die(const char *what) {
    perror(what);
    exit(2);
}

static int open_connection(void) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) die("socket");
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (struct sockaddr *) &server, sizeof server) != 0) die("connect");
    return fd;
}

static void finish(conn_t *c, int status, const char *body, size_t body_len) {
    result_t *r = &results[c->attempt];
    r->answered = now_ns();
    r->status = status;
    r->body = malloc(body_len + 1);
    memcpy(r->body, body, body_len);
    r->body[body_len] = 0;
    r->body_len = body_len;
    c->attempt = -1;
}

/* Case-insensitive search for a header's value within the head; returns its start or NULL. */
static const char *header(const char *head, size_t head_len, const char *name) {
    size_t n = strlen(name);
    for (const char *p = head; p + n + 2 < head + head_len; p++) {
        if ((p == head || p[-1] == '\n') && strncasecmp(p, name, n) == 0 && p[n] == ':') {
            p += n + 1;
            while (*p == ' ') p++;
            return p;
        }
    }
    return NULL;
}

/*
 * Parses the buffered answer. Returns 1 when complete (and records it), 0 when more bytes are needed,
 * -1 on a malformed answer. Sets *close_after when the server will close the connection.
 */
static int parse(conn_t *c, int *close_after) {
    char *end = memmem(c->in, c->in_len, "\r\n\r\n", 4);
    if (end == NULL) return 0;
    size_t head_len = (size_t) (end - c->in) + 4;
    if (c->in_len < 12 || strncmp(c->in, "HTTP/1.", 7) != 0) return -1;
    int status = atoi(c->in + 9);
    const char *v = header(c->in, head_len, "Connection");
    *close_after = v != NULL && strncasecmp(v, "close", 5) == 0;
    v = header(c->in, head_len, "Content-Length");
    if (v != NULL) {
        size_t length = strtoul(v, NULL, 10);
        if (c->in_len < head_len + length) return 0;
        finish(c, status, c->in + head_len, length);
        memmove(c->in, c->in + head_len + length, c->in_len - head_len - length);
        c->in_len -= head_len + length;
        return 1;
    }
    v = header(c->in, head_len, "Transfer-Encoding");
    if (v != NULL && strncasecmp(v, "chunked", 7) == 0) {
        /* Walk the chunks; decode only once all are here. */
        size_t pos = head_len;
        char *body = malloc(c->in_len + 1);
        size_t body_len = 0;
        for (;;) {
            char *line_end = memmem(c->in + pos, c->in_len - pos, "\r\n", 2);
            if (line_end == NULL) { free(body); return 0; }
            size_t size = strtoul(c->in + pos, NULL, 16);
            pos = (size_t) (line_end - c->in) + 2;
            if (size == 0) {
                char *trailer_end = memmem(c->in + pos - 2, c->in_len - pos + 2, "\r\n\r\n", 4);
                if (trailer_end == NULL) { free(body); return 0; }
                pos = (size_t) (trailer_end - c->in) + 4;
                break;
            }
            if (c->in_len < pos + size + 2) { free(body); return 0; }
            memcpy(body + body_len, c->in + pos, size);
            body_len += size;
            pos += size + 2;
        }
        finish(c, status, body, body_len);
        free(body);
        memmove(c->in, c->in + pos, c->in_len - pos);
        c->in_len -= pos;
        return 1;
    }
    /* No framing: the body runs until the server closes; handled at EOF. */
    return 0;
}

static void want_out(int epfd, conn_t *c, int on) {
    if (c->want_out == on) return;
    struct epoll_event ev = {.events = on ? EPOLLIN | EPOLLOUT : EPOLLIN, .data.ptr = c};
    epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
    c->want_out = on;
}

/* Writes what the socket takes of the request; asks for EPOLLOUT only when it did not take it all. */
static int write_some(int epfd, conn_t *c) {
    const request_t *r = &requests[c->attempt];
    while (c->written < r->len) {
        ssize_t n = write(c->fd, r->data + c->written, r->len - c->written);
        if (n < 0) {
            if (errno == EAGAIN) {
                want_out(epfd, c, 1);
                return 0;
            }
            return -1;
        }
        c->written += (size_t) n;
    }
    want_out(epfd, c, 0);
    return 0;
}

static void broken(int epfd, conn_t *c, const char *why);

/* Takes the next attempt, if any, and sends it at once (a request fits into an idle socket's buffer). */
static void start_next(int epfd, conn_t *c) {
    int i = atomic_fetch_add(&next_attempt, 1);
    if (i >= attempts) {
        c->attempt = -1;
        return;
    }
    c->attempt = i;
    c->retried = 0;
    c->written = 0;
    results[i].sent = now_ns();
    if (write_some(epfd, c) < 0) broken(epfd, c, "write failed");
}

static void reconnect(int epfd, conn_t *c) {
    epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    c->fd = open_connection();
    c->in_len = 0;
    c->written = 0;
    int flags = 1;
    ioctl(c->fd, FIONBIO, &flags);
    /* the attempt, if any, is (re)sent when the new connection is writable */
    struct epoll_event ev = {.events = EPOLLIN | EPOLLOUT, .data.ptr = c};
    epoll_ctl(epfd, EPOLL_CTL_ADD, c->fd, &ev);
    c->want_out = 1;
}

/* The connection broke: an idle keep-alive connection the server closed gets one fresh try, as RawHttp does. */
static void broken(int epfd, conn_t *c, const char *why) {
    if (c->attempt >= 0 && !c->retried && c->in_len == 0) {
        int attempt = c->attempt;
        reconnect(epfd, c);
        c->attempt = attempt;
        c->retried = 1;
        return;
    }
    if (c->attempt >= 0) finish(c, -1, why, strlen(why));
    reconnect(epfd, c);
    start_next(epfd, c);
}

typedef struct {
    int connections;
} worker_args;

/* Every thread connects first; the clock starts when all are connected and the bench says go. */
static pthread_barrier_t connected, go;

static void *worker(void *arg) {
    int n = ((worker_args *) arg)->connections;
    int epfd = epoll_create1(0);
    if (epfd < 0) die("epoll_create1");
    conn_t *conns = calloc((size_t) n, sizeof(conn_t));
    for (int k = 0; k < n; k++) {
        conns[k].fd = open_connection();
        int flags = 1;
        ioctl(conns[k].fd, FIONBIO, &flags);
        conns[k].in_cap = 64 * 1024;
        conns[k].in = malloc(conns[k].in_cap);
        struct epoll_event ev = {.events = EPOLLIN, .data.ptr = &conns[k]};
        epoll_ctl(epfd, EPOLL_CTL_ADD, conns[k].fd, &ev);
    }
    pthread_barrier_wait(&connected);
    pthread_barrier_wait(&go);
    int busy = 0;
    for (int k = 0; k < n; k++) {
        start_next(epfd, &conns[k]);
        if (conns[k].attempt >= 0) busy++;
    }
    struct epoll_event events[256];
    while (busy > 0) {
        int ready = epoll_wait(epfd, events, 256, 30000);
        if (ready < 0) {
            if (errno == EINTR) continue;
            die("epoll_wait");
        }
        if (ready == 0) {
            fprintf(stderr, "rushc: no answer for 30 s\n");
            exit(3);
        }
        for (int e = 0; e < ready; e++) {
            conn_t *c = events[e].data.ptr;
            if (c->attempt < 0) {
                /* an idle connection became readable: the server closed it; forget it */
                epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
                continue;
            }
            if ((events[e].events & EPOLLOUT) && c->written < requests[c->attempt].len) {
                if (write_some(epfd, c) < 0) {
                    broken(epfd, c, "write failed");
                    if (c->attempt < 0) busy--;
                    continue;
                }
            }
            if (!(events[e].events & (EPOLLIN | EPOLLHUP | EPOLLERR))) continue;
            for (;;) {
                if (c->in_cap - c->in_len < 16 * 1024) {
                    c->in_cap *= 2;
                    c->in = realloc(c->in, c->in_cap);
                }
                size_t room = c->in_cap - c->in_len;
                ssize_t got = read(c->fd, c->in + c->in_len, room);
                if (got > 0) {
                    c->in_len += (size_t) got;
                    /* one read per wake-up: an answer is far smaller than the buffer; read again only if it filled */
                    if ((size_t) got == room) continue;
                    break;
                }
                if (got < 0 && errno == EAGAIN) break;
                /* EOF or error */
                if (got == 0 && c->in_len > 0) {
                    char *end = memmem(c->in, c->in_len, "\r\n\r\n", 4);
                    if (end != NULL && header(c->in, (size_t) (end - c->in) + 4, "Content-Length") == NULL
                        && header(c->in, (size_t) (end - c->in) + 4, "Transfer-Encoding") == NULL) {
                        size_t head_len = (size_t) (end - c->in) + 4;
                        finish(c, atoi(c->in + 9), c->in + head_len, c->in_len - head_len);
                        c->in_len = 0;
                        reconnect(epfd, c);
                        start_next(epfd, c);
                        if (c->attempt < 0) busy--;
                        goto next_event;
                    }
                }
                broken(epfd, c, got == 0 ? "connection closed before an answer" : "read failed");
                if (c->attempt < 0) busy--;
                goto next_event;
            }
            {
                int close_after = 0;
                int parsed = parse(c, &close_after);
                if (parsed < 0) {
                    c->in_len = 0;
                    broken(epfd, c, "malformed answer");
                    if (c->attempt < 0) busy--;
                } else if (parsed > 0) {
                    if (close_after) reconnect(epfd, c);
                    start_next(epfd, c);
                    if (c->attempt < 0) busy--;
                }
            }
        next_event:;
        }
    }
    for (int k = 0; k < n; k++) {
        close(conns[k].fd);
        free(conns[k].in);
    }
    free(conns);
    close(epfd);
    return NULL;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) die(path);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t) size + 1);
    if (fread(data, 1, (size_t) size, f) != (size_t) size) die("fread");
    fclose(f);
    data[size] = 0;
    *len = (size_t) size;
    return data;
}

int main(int argc, char **argv) {
    if (argc != 7) {
        fprintf(stderr, "usage: rushc HOST PORT CONNECTIONS THREADS REQUESTS_FILE RESULTS_FILE\n");
        return 1;
    }
    struct addrinfo hints = {.ai_family = AF_INET, .ai_socktype = SOCK_STREAM}, *found;
    if (getaddrinfo(argv[1], argv[2], &hints, &found) != 0) die("getaddrinfo");
    memcpy(&server, found->ai_addr, sizeof server);
    freeaddrinfo(found);
    int connections = atoi(argv[3]);
    int threads = atoi(argv[4]);
    if (connections < 1 || threads < 1) die("connections and threads must be >= 1");
    if (threads > connections) threads = connections;

    size_t len;
    char *data = read_file(argv[5], &len);
    size_t cap = 1024;
    requests = malloc(cap * sizeof(request_t));
    for (size_t pos = 0; pos < len;) {
        char *nl = memchr(data + pos, '\n', len - pos);
        if (nl == NULL) break;
        size_t n = strtoul(data + pos, NULL, 10);
        if ((size_t) attempts == cap) requests = realloc(requests, (cap *= 2) * sizeof(request_t));
        requests[attempts].data = nl + 1;
        requests[attempts].len = n;
        attempts++;
        pos = (size_t) (nl + 1 - data) + n;
    }
    results = calloc((size_t) attempts, sizeof(result_t));

    pthread_t *ids = malloc((size_t) threads * sizeof(pthread_t));
    worker_args *args = malloc((size_t) threads * sizeof(worker_args));
    pthread_barrier_init(&connected, NULL, (unsigned) threads + 1);
    pthread_barrier_init(&go, NULL, (unsigned) threads + 1);
    for (int t = 0; t < threads; t++) {
        args[t].connections = connections / threads + (t < connections % threads ? 1 : 0);
        pthread_create(&ids[t], NULL, worker, &args[t]);
    }
    pthread_barrier_wait(&connected);
    char line[64];
    printf("connected\n");
    fflush(stdout);
    if (fgets(line, sizeof line, stdin) == NULL || strncmp(line, "go", 2) != 0) {
        fprintf(stderr, "rushc: no go\n");
        return 1;
    }
    long long start = now_ns();
    pthread_barrier_wait(&go);
    for (int t = 0; t < threads; t++) pthread_join(ids[t], NULL);
    long long end = now_ns();
    printf("finished\n");
    fflush(stdout);

    FILE *out = fopen(argv[6], "wb");
    if (out == NULL) die(argv[6]);
    fprintf(out, "start %lld end %lld\n", start, end);
    for (int i = 0; i < attempts; i++) {
        result_t *r = &results[i];
        fprintf(out, "%d %d %lld %lld %zu\n", i, r->status, r->sent, r->answered, r->body_len);
        if (r->body_len) fwrite(r->body, 1, r->body_len, out);
        fputc('\n', out);
    }
    fclose(out);
    printf("done\n");
    fflush(stdout);
    while (fgets(line, sizeof line, stdin) != NULL) {
    }
    return 0;
}
