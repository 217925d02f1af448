/* Baseline for the ingest benchmark: walks a GPX or TCX file with libxml2's SAX2 push parser
 * (64 KiB chunks, the same safe options as hipbalance) and only sums heart rates: GPX `hr`
 * elements and TCX `HeartRateBpm/Value`. Prints "<points> <heart-rate samples> <sum>". */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libxml/parser.h>

struct walk {
    int in_heart_rate_bpm; /* inside TCX HeartRateBpm */
    int capturing;         /* inside an element whose text is a heart rate */
    char text[64];
    size_t length;
    long points, samples;
    double sum;
};

static void start(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri, int nns,
                  const xmlChar **ns, int nattr, int ndef, const xmlChar **attrs) {
    struct walk *w = ctx;
    (void)prefix; (void)uri; (void)nns; (void)ns; (void)nattr; (void)ndef; (void)attrs;
    const char *n = (const char *)name;
    if (strcmp(n, "trkpt") == 0 || strcmp(n, "Trackpoint") == 0) w->points++;
    else if (strcmp(n, "HeartRateBpm") == 0) w->in_heart_rate_bpm = 1;
    else if (strcmp(n, "hr") == 0 || (w->in_heart_rate_bpm && strcmp(n, "Value") == 0)) {
        w->capturing = 1;
        w->length = 0;
    }
}

static void end(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri) {
    struct walk *w = ctx;
    (void)prefix; (void)uri;
    if (w->capturing) {
        w->text[w->length] = 0;
        w->sum += strtod(w->text, NULL);
        w->samples++;
        w->capturing = 0;
    } else if (strcmp((const char *)name, "HeartRateBpm") == 0) {
        w->in_heart_rate_bpm = 0;
    }
}

static void characters(void *ctx, const xmlChar *ch, int len) {
    struct walk *w = ctx;
    if (!w->capturing) return;
    size_t room = sizeof w->text - 1 - w->length;
    size_t n = (size_t)len < room ? (size_t)len : room;
    memcpy(w->text + w->length, ch, n);
    w->length += n;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) { perror(argv[1]); return 1; }
    xmlInitParser();
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = start;
    sax.endElementNs = end;
    sax.characters = characters;
    struct walk w;
    memset(&w, 0, sizeof w);
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, &w, NULL, 0, argv[1]);
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOBLANKS);
    static char buffer[64 * 1024];
    ssize_t n;
    while ((n = read(fd, buffer, sizeof buffer)) > 0) xmlParseChunk(ctxt, buffer, (int)n, 0);
    xmlParseChunk(ctxt, buffer, 0, 1);
    int ok = ctxt->wellFormed;
    xmlFreeParserCtxt(ctxt);
    close(fd);
    printf("%ld %ld %.0f\n", w.points, w.samples, w.sum);
    return ok ? 0 : 1;
}
