package io.github.ghlplezi.connector.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A real database behind a wrapper that, once armed, fails the Nth statement execution or commit
 * (a lost connection, SQL state 08006) and then works again.
 */
public final class FailingDataSource implements DataSource {

  private final DataSource delegate;
  private final AtomicInteger countdown = new AtomicInteger();

  /** @param delegate the real database */
  public FailingDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /** @param n the execution or commit, counted from now (1: the next), that fails once */
  public void failAt(int n) {
    countdown.set(n);
  }

  /** @return whether the armed failure happened */
  public boolean fired() {
    return countdown.get() < 0;
  }

  private void step() throws SQLException {
    if (countdown.get() > 0 && countdown.decrementAndGet() == 0) {
      countdown.set(-1);
      throw new SQLException("injected failure: connection lost", "08006");
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return wrap(delegate.getConnection(user, password));
  }

  private Connection wrap(Connection connection) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("commit")) {
        step();
      }
      Object result = invoke(connection, method, args);
      if (result instanceof Statement statement) {
        Class<?> type = method.getReturnType();
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
          if (m.getName().startsWith("execute")) {
            step();
          }
          return invoke(statement, m, a);
        });
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return delegate.isWrapperFor(iface);
  }
}
