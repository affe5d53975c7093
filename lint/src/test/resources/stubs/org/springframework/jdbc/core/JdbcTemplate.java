package org.springframework.jdbc.core;

public class JdbcTemplate {
    public int update(String sql, Object... args) {
        return 0;
    }

    public <T> java.util.List<T> query(String sql, RowMapper<T> m, Object... args) {
        return null;
    }

    public <T> T queryForObject(String sql, Class<T> t, Object... args) {
        return null;
    }

    public java.util.List<java.util.Map<String, Object>> queryForList(String sql, Object... args) {
        return null;
    }

    public <T> java.util.List<T> queryForList(String sql, Class<T> t, Object... args) {
        return null;
    }

    public int[] batchUpdate(String sql, java.util.List<Object[]> args) {
        return null;
    }
}
