/* Baseline for the FIT benchmark: walks a FIT file the cheapest correct way (64 KiB reads,
 * headers, definitions of both byte orders, compressed-timestamp headers, fields skipped by
 * size, chained segments; no CRC, no scaling) and only counts records (message 20) and sums
 * their heart rate (field 3). Prints "<records> <heart-rate samples> <sum>". Our own code, written
 * from the published FIT protocol description, like the decoder it is measured against. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct { unsigned char buf[1 << 16]; size_t len, pos; int fd; } Input;

static int fill(Input *in, size_t need) {
    if (in->len - in->pos >= need) return 1;
    memmove(in->buf, in->buf + in->pos, in->len - in->pos);
    in->len -= in->pos;
    in->pos = 0;
    while (in->len < need) {
        ssize_t n = read(in->fd, in->buf + in->len, sizeof in->buf - in->len);
        if (n <= 0) return 0;
        in->len += (size_t)n;
    }
    return 1;
}

typedef struct { int defined, global, size, hr_offset; } Definition;

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s FILE\n", argv[0]); return 2; }
    static Input in;
    in.fd = open(argv[1], O_RDONLY);
    if (in.fd < 0) { perror(argv[1]); return 1; }
    long records = 0, samples = 0, sum = 0;
    while (fill(&in, 12)) {
        unsigned char *h = in.buf + in.pos;
        size_t header = h[0];
        if (header < 12 || memcmp(h + 8, ".FIT", 4) != 0 || !fill(&in, header)) break;
        h = in.buf + in.pos;
        size_t data = (size_t)h[4] | (size_t)h[5] << 8 | (size_t)h[6] << 16 | (size_t)h[7] << 24;
        in.pos += header;
        Definition defs[16] = {{0}};
        size_t done = 0;
        while (done < data && fill(&in, 1)) {
            unsigned char rh = in.buf[in.pos++];
            done++;
            if ((rh & 0xC0) == 0x40) {
                if (!fill(&in, 5)) break;
                unsigned char *d = in.buf + in.pos;
                int big = d[1] == 1, n = d[4];
                Definition def = {1, big ? d[2] << 8 | d[3] : d[3] << 8 | d[2], 0, -1};
                if (!fill(&in, 5 + 3 * (size_t)n + ((rh & 0x20) ? 1 : 0))) break;
                d = in.buf + in.pos;
                for (int i = 0; i < n; i++) {
                    if (d[5 + 3 * i] == 3 && d[6 + 3 * i] == 1) def.hr_offset = def.size;
                    def.size += d[6 + 3 * i];
                }
                size_t used = 5 + 3 * (size_t)n;
                if (rh & 0x20) {
                    int m = d[used];
                    if (!fill(&in, used + 1 + 3 * (size_t)m)) break;
                    d = in.buf + in.pos;
                    for (int i = 0; i < m; i++) def.size += d[used + 2 + 3 * i];
                    used += 1 + 3 * (size_t)m;
                }
                in.pos += used;
                done += used;
                defs[rh & 0x0F] = def;
            } else {
                Definition *def = &defs[(rh & 0x80) ? (rh >> 5 & 3) : (rh & 0x0F)];
                if (!def->defined || !fill(&in, (size_t)def->size)) { done = data; break; }
                if (def->global == 20) {
                    records++;
                    if (def->hr_offset >= 0 && in.buf[in.pos + def->hr_offset] != 0xFF) {
                        samples++;
                        sum += in.buf[in.pos + def->hr_offset];
                    }
                }
                in.pos += (size_t)def->size;
                done += (size_t)def->size;
            }
        }
        if (!fill(&in, 2)) break;
        in.pos += 2;  /* file CRC, not checked */
    }
    printf("%ld %ld %ld\n", records, samples, sum);
    return 0;
}
