// exceptions.cpp — a C++ program using exceptions, built with em++ -fwasm-exceptions (emscripten's legacy
// try/catch/rethrow/delegate) and natively; tests/run-tests.py eh checks warden runs it with the native output.
#include <cstdio>
#include <stdexcept>
#include <string>

struct Err { int code; };

static int depth(int n) {
  if (n == 0) throw Err{42};
  return depth(n - 1) + 1;
}

int main() {
  int caught = 0;
  for (int i = 0; i < 1000; i++) {
    try { depth(i % 17); } catch (const Err &e) { caught += e.code; }
  }
  printf("caught %d\n", caught);
  try {
    throw std::runtime_error("boom");
  } catch (const std::exception &e) {
    printf("what: %s\n", e.what());
  }
  try {
    try { throw 7; } catch (int x) { printf("inner %d\n", x); throw; }
  } catch (int y) { printf("rethrown %d\n", y); }
  std::string s = "ok";
  try { s.at(10); } catch (const std::out_of_range &) { printf("out_of_range\n"); }
  return 0;
}
