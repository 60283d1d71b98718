#!/usr/bin/env bash
echo "$ gem install pg --no-document"
echo "(skipped here: the pg gem comes from the image)"
ruby -Itest test/test_money.rb
