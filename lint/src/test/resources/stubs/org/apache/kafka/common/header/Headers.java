package org.apache.kafka.common.header;

public interface Headers {
    Headers add(String k, byte[] v);
}
