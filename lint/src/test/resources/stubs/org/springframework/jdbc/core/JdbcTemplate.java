package org.springframework.jdbc.core;

import java.util.List;
import java.util.Map;

public class JdbcTemplate {
    public int update(String sql, Object... args) { return 0; }
    public List<Map<String, Object>> queryForList(String sql, Object... args) { return List.of(); }
    public <T> List<T> queryForList(String sql, Class<T> type, Object... args) { return List.of(); }
    public <T> T queryForObject(String sql, Class<T> type, Object... args) { return null; }
}
