package com.followup.domain.portfolio;

/** Where the one service matrix is kept; a save from a stale copy raises {@link com.followup.domain.ConcurrentChangeException}. */
public interface ServiceMatrices {

    ServiceMatrix current();

    ServiceMatrix save(ServiceMatrix matrix);
}
