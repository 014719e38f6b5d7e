package dev.lab.core.state;

import static dev.lab.core.state.Sql.query;
import static dev.lab.core.state.Sql.update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lab.core.facts.Facts;
import dev.lab.core.facts.FactsJson;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link DiscoveryStore} in portable SQL over the state store's data source. Races between Lab
 * servers are decided by the database: the machine's state moves from discovered only once, and a
 * rule's slot numbers are a primary key, so two servers cannot both take a rule's last slot.
 */
final class JdbcDiscoveryStore implements DiscoveryStore {
  private static final String COLUMNS =
      "mac, name, state, facts, rule, labels, onboarding_id, plan_url, first_seen, last_seen";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final JdbcStateStore store;

  JdbcDiscoveryStore(JdbcStateStore store) {
    this.store = store;
  }

  @Override
  public DiscoveredMachine report(Facts facts, String pollTokenHash, Instant now) {
    String json = FactsJson.write(facts);
    long at = now.toEpochMilli();
    return store.transaction(c -> {
      int updated = update(c, "UPDATE discovered_machines SET facts = ?, poll_hash = ?, last_seen = ?, updated_at = ?"
          + " WHERE mac = ?", json, pollTokenHash, at, at, facts.mac());
      if (updated == 0) {
        update(c, "INSERT INTO discovered_machines (mac, name, state, facts, poll_hash, first_seen, last_seen,"
            + " updated_at) VALUES (?,?,?,?,?,?,?,?)", facts.mac(), DiscoveredMachine.defaultName(facts.mac()),
            DiscoveryState.DISCOVERED.id(), json, pollTokenHash, at, at, at);
      }
      return one(c, "WHERE mac = ?", facts.mac()).orElseThrow();
    });
  }

  @Override
  public Optional<DiscoveredMachine> byMac(String mac) {
    return store.read(c -> one(c, "WHERE mac = ?", mac));
  }

  @Override
  public Optional<DiscoveredMachine> byName(String name) {
    return store.read(c -> one(c, "WHERE name = ?", name));
  }

  @Override
  public Optional<DiscoveredMachine> poll(String pollTokenHash, Instant now) {
    return store.transaction(c -> {
      update(c, "UPDATE discovered_machines SET last_seen = ? WHERE poll_hash = ?", now.toEpochMilli(), pollTokenHash);
      return one(c, "WHERE poll_hash = ?", pollTokenHash);
    });
  }

  @Override
  public List<DiscoveredMachine> all() {
    return store.read(c -> query(c, "SELECT " + COLUMNS + " FROM discovered_machines ORDER BY first_seen, mac",
        JdbcDiscoveryStore::machine));
  }

  @Override
  public Map<String, Integer> ruleCounts() {
    return store.transaction(c -> {
      Map<String, Integer> counts = new LinkedHashMap<>();
      query(c, "SELECT rule, COUNT(*) FROM rule_slots GROUP BY rule ORDER BY rule",
          rs -> counts.put(rs.getString(1), rs.getInt(2)));
      return counts;
    });
  }

  @Override
  public ClaimResult claim(String mac, String rule, Integer limit, String name, List<String> labels, Instant now) {
    try {
      return store.transaction(c -> {
        ClaimResult result = claim(c, mac, rule, limit, name, labels, now.toEpochMilli());
        if (result != ClaimResult.CLAIMED) {
          throw new NotClaimed(result); // rolls back what the claim changed
        }
        return result;
      });
    } catch (NotClaimed e) {
      return e.result;
    } catch (StateStoreException e) {
      if (e.getCause() instanceof SQLException cause && isConstraintViolation(cause)) {
        // another Lab server took the slot or the name first: the caller plans again
        return ClaimResult.NOT_PENDING;
      }
      throw e;
    }
  }

  /** Ends a claim that did not get its machine, so that its transaction is rolled back. */
  private static final class NotClaimed extends RuntimeException {
    private final transient ClaimResult result;

    NotClaimed(ClaimResult result) {
      super(result.name(), null, false, false);
      this.result = result;
    }
  }

  private ClaimResult claim(Connection c, String mac, String rule, Integer limit, String name, List<String> labels,
      long at) throws SQLException {
    List<String> owners = query(c, "SELECT mac FROM discovered_machines WHERE name = ?", rs -> rs.getString(1), name);
    if (!owners.isEmpty() && !owners.get(0).equals(mac)) {
      return ClaimResult.NAME_TAKEN;
    }
    int moved = update(c, "UPDATE discovered_machines SET state = ?, rule = ?, name = ?, labels = ?, updated_at = ?"
        + " WHERE mac = ? AND state = ?", DiscoveryState.CLAIMED.id(), rule, name, toJson(labels), at, mac,
        DiscoveryState.DISCOVERED.id());
    if (moved == 0) {
      return ClaimResult.NOT_PENDING;
    }
    if (rule == null) {
      return ClaimResult.CLAIMED; // an operator's approval: no rule, no slot to count
    }
    int taken = query(c, "SELECT COUNT(*) FROM rule_slots WHERE rule = ?", rs -> rs.getInt(1), rule).get(0);
    if (limit != null && taken >= limit) {
      return ClaimResult.LIMIT_REACHED;
    }
    update(c, "INSERT INTO rule_slots (rule, slot, mac) VALUES (?,?,?)", rule, taken + 1, mac);
    return ClaimResult.CLAIMED;
  }

  @Override
  public void approved(String mac, String onboardingId, String planUrl, Instant now) {
    store.transaction(c -> update(c, "UPDATE discovered_machines SET state = ?, onboarding_id = ?, plan_url = ?, updated_at = ?"
        + " WHERE mac = ? AND state = ?", DiscoveryState.APPROVED.id(), onboardingId, planUrl, now.toEpochMilli(), mac,
        DiscoveryState.CLAIMED.id()));
  }

  @Override
  public void release(String mac, Instant now) {
    store.transaction(c -> {
      update(c, "DELETE FROM rule_slots WHERE mac = ?", mac);
      return update(c, "UPDATE discovered_machines SET state = ?, rule = NULL, labels = NULL, name = ?, updated_at = ?"
          + " WHERE mac = ? AND state = ?", DiscoveryState.DISCOVERED.id(), DiscoveredMachine.defaultName(mac),
          now.toEpochMilli(), mac, DiscoveryState.CLAIMED.id());
    });
  }

  private static boolean isConstraintViolation(SQLException e) {
    String state = e.getSQLState();
    // SQLState class 23 is "integrity constraint violation"; SQLite reports SQLITE_CONSTRAINT (19)
    return state != null && state.startsWith("23") || e.getErrorCode() == 19;
  }

  private static Optional<DiscoveredMachine> one(Connection c, String where, Object... params) throws SQLException {
    List<DiscoveredMachine> found = query(c, "SELECT " + COLUMNS + " FROM discovered_machines " + where,
        JdbcDiscoveryStore::machine, params);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static DiscoveredMachine machine(ResultSet rs) throws SQLException {
    String labels = rs.getString("labels");
    return new DiscoveredMachine(rs.getString("mac"), rs.getString("name"), DiscoveryState.of(rs.getString("state")),
        FactsJson.read(rs.getString("facts")), rs.getString("rule"), labels == null ? List.of() : fromJson(labels),
        rs.getString("onboarding_id"), rs.getString("plan_url"), Instant.ofEpochMilli(rs.getLong("first_seen")),
        Instant.ofEpochMilli(rs.getLong("last_seen")));
  }

  private static String toJson(List<String> labels) {
    try {
      return JSON.writeValueAsString(labels);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("labels could not be written as JSON", e);
    }
  }

  private static List<String> fromJson(String json) {
    try {
      return JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored labels are not readable: " + e.getMessage(), e);
    }
  }

}
