#!/bin/sh
exec phpunit
