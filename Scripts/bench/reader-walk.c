/* Baseline for the ingest benchmark: walks a GPX or TCX file with libxml2's xmlTextReader
 * (pull parser, same safe options) and only sums heart rates: GPX `hr` elements and TCX
 * `HeartRateBpm/Value`. Prints "<points> <heart-rate samples> <sum>". */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libxml/xmlreader.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) { perror(argv[1]); return 1; }
    xmlInitParser();
    xmlTextReaderPtr reader = xmlReaderForFd(fd, argv[1], NULL, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOBLANKS);
    long points = 0, samples = 0;
    double sum = 0;
    int in_heart_rate_bpm = 0, capturing = 0, status;
    while ((status = xmlTextReaderRead(reader)) == 1) {
        int type = xmlTextReaderNodeType(reader);
        if (type == XML_READER_TYPE_ELEMENT) {
            const char *n = (const char *)xmlTextReaderConstLocalName(reader);
            if (strcmp(n, "trkpt") == 0 || strcmp(n, "Trackpoint") == 0) points++;
            else if (strcmp(n, "HeartRateBpm") == 0) in_heart_rate_bpm = 1;
            else if (strcmp(n, "hr") == 0 || (in_heart_rate_bpm && strcmp(n, "Value") == 0)) capturing = 1;
        } else if (type == XML_READER_TYPE_TEXT && capturing) {
            sum += strtod((const char *)xmlTextReaderConstValue(reader), NULL);
            samples++;
            capturing = 0;
        } else if (type == XML_READER_TYPE_END_ELEMENT) {
            if (strcmp((const char *)xmlTextReaderConstLocalName(reader), "HeartRateBpm") == 0) in_heart_rate_bpm = 0;
        }
    }
    xmlFreeTextReader(reader);
    close(fd);
    printf("%ld %ld %.0f\n", points, samples, sum);
    return status == 0 ? 0 : 1;
}
