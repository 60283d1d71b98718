// A library that is not installed. A service's client missing is infrastructure (the job lacks
// what reaches the service); another package is only possibly so; a submodule or a file of the
// project is the code's. interpret.ts reads the `module` group against the service definitions.
import { rule, type Indication, type Rule } from '../../knowledge/rule.js'

const maybe = (indication: Indication): Rule => rule('infrastructure', 'ambiguous', '', indication)

export const MODULE_RULES: readonly Rule[] = [
  maybe({
    id: 'module.python.missing', title: 'Python module not installed',
    patterns: [/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\w.]{1,200})'?/],
    examples: ["ModuleNotFoundError: No module named 'psycopg2'", 'ImportError: No module named redis'],
    why: 'a Python import failed', interpret: 'module:python'
  }),
  maybe({
    id: 'module.npm.missing', title: 'npm package not installed',
    patterns: [/Cannot find (?:module|package) '(?<module>[^'\s]{1,200})'/, /Failed to load url (?<module>[^\s(]{1,200}) \(resolved id/, /Failed to resolve (?:import|entry for package) "(?<module>[^"\s]{1,200})"/],
    examples: ["Error: Cannot find module 'pg'", "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'ioredis' imported from /app/test/a.test.js"],
    // A shell's echo of an install command is what a script ran, not what failed.
    counterExamples: ['$ npm install pg --save', '+ npm install redis'],
    why: 'a Node import failed', interpret: 'module:npm'
  }),
  maybe({
    id: 'module.ruby.missing', title: 'Ruby library not installed',
    patterns: [/cannot load such file -- (?<module>[\w/.-]{1,200})/, /Could not find gem '(?<module>[\w-]{1,100})/, /Could not find (?<module>[a-z][\w-]{0,100}?)-\d[\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/],
    examples: ['LoadError: cannot load such file -- pg', "Bundler::GemNotFound: Could not find gem 'redis (~> 5.0)' in locally installed gems.", 'Could not find mysql2-0.5.6 in locally installed gems'],
    why: 'a Ruby require failed', interpret: 'module:ruby'
  }),
  maybe({
    id: 'module.java.jdbc-driver', title: 'JDBC driver not on the classpath',
    patterns: [/No suitable driver found for jdbc:(?<protocol>\w{1,40})/],
    examples: ['java.sql.SQLException: No suitable driver found for jdbc:postgresql://localhost:5432/test'],
    why: 'no JDBC driver is registered for the URL', interpret: 'jdbc'
  }),
  maybe({
    id: 'module.java.class-not-found', title: 'Java class not found',
    patterns: [/ClassNotFoundException: (?<module>[\w.$]{1,200})/, /NoClassDefFoundError: (?<module>[\w/$]{1,200})/],
    examples: ['java.lang.ClassNotFoundException: org.postgresql.Driver', 'java.lang.NoClassDefFoundError: redis/clients/jedis/JedisPool'],
    why: 'a class is missing from the classpath', interpret: 'module:java'
  }),
  maybe({
    id: 'module.maven.unresolved', title: 'Maven dependency not resolved',
    patterns: [/Could not find artifact (?<module>[\w.-]{1,200}):[\w.-]{1,200}:/, /Failure to find (?<module>[\w.-]{1,200}):[\w.-]{1,200}:/, /artifacts? could not be resolved: (?<module>[\w.-]{1,200}):[\w.-]{1,200}:/],
    examples: ['[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project x:app:jar:1.0: Could not find artifact org.postgresql:postgresql:jar:42.7.1 in central'],
    why: 'Maven could not get a library the tests need', interpret: 'module:maven'
  }),
  maybe({
    id: 'module.go.missing', title: 'Go package not available',
    patterns: [/cannot find package "(?<module>[\w./-]{1,200})"/, /no required module provides package (?<module>[\w./-]{1,200})/],
    examples: ['store.go:5:2: cannot find package "github.com/lib/pq" in any of:', 'store.go:5:2: no required module provides package github.com/lib/pq; to add it:'],
    why: 'a Go package the build needs is not there', interpret: 'module:go'
  })
]
