package com.acme.geo;

public interface GeocodingClient {
    double[] geocode(String address) throws java.io.IOException;
}
