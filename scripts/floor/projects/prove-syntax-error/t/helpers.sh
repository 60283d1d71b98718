# Shared helpers for the shell tests.
slugify() {
  echo "$1" | tr '[:upper:] ' '[:lower:]-'
}

# The bug: an unterminated if (a merge dropped its fi).
trim() {
  if [ -n "$1" ]; then
    echo "$1" | sed 's/^ *//; s/ *$//'
}
