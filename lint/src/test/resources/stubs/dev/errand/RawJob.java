package dev.errand;

import java.util.List;

public non-sealed interface RawJob extends Job {
    void perform(List<Object> args) throws Exception;
}
